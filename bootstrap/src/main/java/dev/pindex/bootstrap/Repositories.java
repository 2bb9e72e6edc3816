package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import dev.pindex.domain.port.out.PasswordHasher;
import dev.pindex.domain.service.DemoDataService;
import dev.pindex.domain.service.UserService;
import dev.pindex.persistence.MyBatisAllocationRepository;
import dev.pindex.persistence.MyBatisAssetRepository;
import dev.pindex.persistence.MyBatisIndexValueRepository;
import dev.pindex.persistence.MyBatisPriceRepository;
import dev.pindex.persistence.MyBatisRiskMetricsRepository;
import dev.pindex.persistence.MyBatisStrategyRepository;
import dev.pindex.persistence.MyBatisTransactions;
import dev.pindex.persistence.MyBatisUserRepository;
import dev.pindex.persistence.RetryPolicy;
import dev.pindex.persistence.StatementLogging;
import javax.sql.DataSource;

/**
 * The persistence adapter over one pool: units of work and every repository, built the same way for
 * the service and for the commands that write data, with the use cases both of them run.
 */
record Repositories(
    MyBatisTransactions transactions,
    MyBatisUserRepository users,
    MyBatisAssetRepository assets,
    MyBatisPriceRepository prices,
    MyBatisIndexValueRepository indexValues,
    MyBatisRiskMetricsRepository riskMetrics,
    MyBatisAllocationRepository allocations,
    MyBatisStrategyRepository strategies) {

  static Repositories over(DataSource pool, MetricRegistry metrics, StatementLogging logging) {
    var transactions = new MyBatisTransactions(pool, RetryPolicy.defaults(), metrics, logging);
    return new Repositories(
        transactions,
        new MyBatisUserRepository(transactions),
        new MyBatisAssetRepository(transactions),
        new MyBatisPriceRepository(transactions),
        new MyBatisIndexValueRepository(transactions),
        new MyBatisRiskMetricsRepository(transactions),
        new MyBatisAllocationRepository(transactions),
        new MyBatisStrategyRepository(transactions));
  }

  UserService accounts(PasswordHasher hasher) {
    return new UserService(transactions, users, hasher);
  }

  DemoDataService demoData() {
    return new DemoDataService(transactions, assets, prices, allocations, indexValues, riskMetrics);
  }
}
