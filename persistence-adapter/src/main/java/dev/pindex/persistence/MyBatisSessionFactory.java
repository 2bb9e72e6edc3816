package dev.pindex.persistence;

import com.codahale.metrics.MetricRegistry;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.logging.nologging.NoLoggingImpl;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * The MyBatis configuration, in code, over the pool, with every mapped statement timed into {@code
 * metrics} and logged as {@link StatementLogging} says.
 */
public final class MyBatisSessionFactory {

  /**
   * Every mapper interface in this package is registered, with the XML file of the same name in the
   * mirrored resource folder. The package may hold none yet.
   */
  static final String MAPPER_PACKAGE = "dev.pindex.persistence.mapper";

  private MyBatisSessionFactory() {}

  public static SqlSessionFactory create(
      DataSource dataSource, MetricRegistry metrics, StatementLogging logging) {
    Configuration configuration =
        new Configuration(
            new Environment(
                "pindex", transactionFactory(), Objects.requireNonNull(dataSource, "dataSource")));
    // a session lives for one unit of work, where a statement repeated after a write must see the
    // write; caching results across statements would hide it
    configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
    configuration.setMapUnderscoreToCamelCase(true);
    // every result map builds its row record through <constructor> from named columns; automatic
    // mapping would find nothing left to map, but it looks for it again for every row
    configuration.setAutoMappingBehavior(AutoMappingBehavior.NONE);
    configuration.setObjectFactory(new RowConstructors());
    // MyBatis's own statement log writes every parameter value at DEBUG (e-mails, password
    // hashes); the adapter logs statements itself, without values, so MyBatis logs nothing. Set
    // before the mappers are read: each statement takes its logger when it is parsed.
    configuration.setLogImpl(NoLoggingImpl.class);
    configuration.setVfsImpl(JarIndexVfs.class);
    configuration.addMappers(MAPPER_PACKAGE);
    configuration.addInterceptor(new TimedStatements(metrics, logging));
    return new SqlSessionFactoryBuilder().build(configuration);
  }

  // MyBatis would switch auto-commit back on when it closes a session; the pool resets the
  // connection's state on return anyway, so that is a wasted call on every unit of work
  private static JdbcTransactionFactory transactionFactory() {
    Properties properties = new Properties();
    properties.setProperty("skipSetAutoCommitOnClose", "true");
    JdbcTransactionFactory factory = new JdbcTransactionFactory();
    factory.setProperties(properties);
    return factory;
  }
}
