package dev.pindex.archfixture.violations.standardstreams.persistence;

public final class MyBatisPriceRepository {
  void save(Runnable insert) {
    try {
      insert.run();
    } catch (IllegalStateException e) {
      e.printStackTrace();
    }
  }
}
