package dev.pindex.archfixture.violations.databaselibraries.domain.service;

/** One type of each library the rule names, so a misspelt package name shows. */
public final class EveryDatabaseLibraryService {
  java.sql.Connection connection;
  javax.sql.DataSource dataSource;
  org.apache.ibatis.session.SqlSession session;
  com.zaxxer.hikari.HikariDataSource pool;
  org.postgresql.PGConnection pgConnection;
  liquibase.Liquibase liquibase;
  io.github.resilience4j.retry.Retry retry;
}
