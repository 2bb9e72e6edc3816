package dev.pindex.memory;

import dev.pindex.contract.RiskMetricsRepositoryContract;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.domain.port.out.Transactions;

class InMemoryRiskMetricsRepositoryTest extends RiskMetricsRepositoryContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected RiskMetricsRepository riskMetricsRepository() {
    return new InMemoryRiskMetricsRepository(store);
  }
}
