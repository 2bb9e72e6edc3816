package dev.pindex.archfixture.compliant.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.archfixture.compliant.domain.port.out.PasswordHasher;
import dev.pindex.archfixture.compliant.domain.port.out.PriceRepository;
import dev.pindex.archfixture.compliant.domain.service.ViewPriceService;
import dev.pindex.archfixture.compliant.memory.InMemoryPriceRepository;
import dev.pindex.archfixture.compliant.persistence.MyBatisPriceRepository;
import dev.pindex.archfixture.compliant.persistence.PoolFactory;
import dev.pindex.archfixture.compliant.security.Argon2idPasswordHasher;
import dev.pindex.archfixture.compliant.web.JavalinPriceRoutes;
import dev.pindex.archfixture.compliant.web.WebServer;
import javax.sql.DataSource;

/**
 * Touches the two pool handles bootstrap may: a DataSource to hand out, the Hikari pool to close;
 * builds the password hasher without touching BouncyCastle; and knows both persistence adapters.
 */
final class Wiring implements AutoCloseable {
  private final HikariDataSource pool;
  private final WebServer web;

  Wiring(String url) {
    this.pool = new PoolFactory().create(url);
    this.web = new WebServer(new JavalinPriceRoutes(new ViewPriceService(repository(pool))));
  }

  private static MyBatisPriceRepository repository(DataSource dataSource) {
    return new MyBatisPriceRepository(dataSource);
  }

  /** The store without a database, for a run that needs none. */
  static PriceRepository inMemoryRepository() {
    return new InMemoryPriceRepository();
  }

  static PasswordHasher passwordHasher() {
    return new Argon2idPasswordHasher(19_456);
  }

  @Override
  public void close() {
    web.stop();
    pool.close();
  }
}
