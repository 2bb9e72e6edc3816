package dev.pindex.archfixture.violations.servicename.domain.service;

public final class PriceFormatService {
  public String format(long close) {
    return Long.toString(close);
  }
}
