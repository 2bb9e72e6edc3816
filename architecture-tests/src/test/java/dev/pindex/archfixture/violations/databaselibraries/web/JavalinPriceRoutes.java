package dev.pindex.archfixture.violations.databaselibraries.web;

public final class JavalinPriceRoutes {
  String explain(java.sql.SQLException e) {
    return e.getSQLState();
  }
}
