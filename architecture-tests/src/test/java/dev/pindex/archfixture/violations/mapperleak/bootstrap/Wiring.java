package dev.pindex.archfixture.violations.mapperleak.bootstrap;

import dev.pindex.archfixture.violations.mapperleak.persistence.mapper.PriceMapper;

final class Wiring {
  String symbol(PriceMapper mapper) {
    return mapper.find("ACME").symbol();
  }
}
