package dev.pindex.persistence;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The scratch tables behind {@code ScratchMapper}, created once per test JVM. Tests share them and
 * own their rows through a unique owner or id.
 */
final class ScratchTables {

  private static boolean created;

  private ScratchTables() {}

  static synchronized void create() {
    if (created) {
      return;
    }
    TestDatabase.execute(
        "CREATE TABLE IF NOT EXISTS scratch_note (owner text NOT NULL, label text NOT NULL)",
        "CREATE TABLE IF NOT EXISTS scratch_parent (id bigint PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS scratch_child ("
            + " id bigserial PRIMARY KEY,"
            + " parent_id bigint NOT NULL REFERENCES scratch_parent (id),"
            + " quantity integer NOT NULL CONSTRAINT scratch_child_quantity_not_negative"
            + " CHECK (quantity >= 0))");
    created = true;
  }

  static String newOwner() {
    return UUID.randomUUID().toString();
  }

  static long newId() {
    return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
  }
}
