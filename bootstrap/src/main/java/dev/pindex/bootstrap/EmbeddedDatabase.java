package dev.pindex.bootstrap;

import dev.pindex.persistence.PostgresDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 run by the service itself when no {@code DATABASE_URL} is given, so a newcomer
 * needs nothing but a JDK. Its cluster lives under the data folder and survives restarts; it
 * listens on loopback only, on a free port chosen at each start.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "pindex";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(Path dataDir) {
    Path cluster = dataDir.resolve("postgres");
    try {
      Files.createDirectories(dataDir);
      boolean existing = Files.exists(cluster.resolve("PG_VERSION"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(cluster)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              // the library starts the server for test speed, with fsync off (-F) and commits
              // acknowledged before they are on disk: a crash could then lose acknowledged writes
              // or corrupt the cluster, so both are put back to PostgreSQL's own defaults
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .start();
      EmbeddedDatabase database = new EmbeddedDatabase(postgres);
      PostgresDatabases.createIfMissing(postgres.getPostgresDatabase(), DATABASE);
      LOG.info(
          "embedded PostgreSQL {} {} on port {}",
          existing ? "reopened" : "created",
          cluster,
          postgres.getPort());
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL in " + cluster, e);
    }
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", DATABASE);
  }

  String username() {
    return "postgres";
  }

  /** Stops the server (a fast shutdown: the pool is already closed) and keeps its data. */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
    }
  }
}
