package dev.pindex.persistence;

import dev.pindex.contract.RiskMetricsRepositoryContract;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.domain.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MyBatisRiskMetricsRepositoryTest extends RiskMetricsRepositoryContract {

  private static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("risk_metrics_repository");
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Override
  protected Transactions transactions() {
    return store.transactions;
  }

  @Override
  protected RiskMetricsRepository riskMetricsRepository() {
    return new MyBatisRiskMetricsRepository(store.transactions);
  }
}
