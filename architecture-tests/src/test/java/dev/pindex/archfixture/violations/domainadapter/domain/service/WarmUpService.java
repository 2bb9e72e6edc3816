package dev.pindex.archfixture.violations.domainadapter.domain.service;

import dev.pindex.archfixture.violations.domainadapter.memory.InMemoryPriceRepository;

public final class WarmUpService {
  void warmUp(InMemoryPriceRepository prices) {
    prices.load();
  }
}
