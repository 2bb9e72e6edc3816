package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.contract.Owned;
import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Unavailable;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.model.ValidationFailed;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the contracts cannot see of a bulk load over MyBatis: the connection's timeouts, lifted for
 * the load and back afterwards, on a store whose statements may take 200 ms at most.
 */
class PostgresBulkUpsertTest {

  private static final Duration STATEMENT_TIMEOUT = Duration.ofMillis(200);
  // longer than the statement timeout, as a client sending its body slowly would take
  private static final long CLIENT_PAUSE_MILLIS = 3 * STATEMENT_TIMEOUT.toMillis();

  private static MigratedStore store;
  private static MyBatisIndexValueRepository indexValues;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.withStatementTimeout("bulk_timeouts", STATEMENT_TIMEOUT);
    indexValues = new MyBatisIndexValueRepository(store.transactions);
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private record Timeouts(String statementTimeout, int networkTimeoutMillis) {}

  private static Timeouts currentTimeouts() {
    Connection connection = store.transactions.connection();
    try (Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("SHOW statement_timeout")) {
      setting.next();
      return new Timeouts(setting.getString(1), connection.getNetworkTimeout());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<IndexValue> values(LocalDate first, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new IndexValue(first.plusDays(i), BigDecimal.TEN))
        .toList();
  }

  /** The rows, with a pause before the second one, recording the network timeout seen then. */
  private static Iterator<BulkRow<IndexValue>> slowly(
      List<IndexValue> values, AtomicInteger networkTimeoutDuringCopy) {
    Iterator<IndexValue> source = values.iterator();
    AtomicInteger number = new AtomicInteger();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public BulkRow<IndexValue> next() {
        if (number.get() == 1) {
          networkTimeoutDuringCopy.set(currentNetworkTimeout());
          pause();
        }
        return BulkRow.valid(number.incrementAndGet(), source.next());
      }
    };
  }

  private static int currentNetworkTimeout() {
    try {
      return store.transactions.connection().getNetworkTimeout();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(CLIENT_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_load_outlasting_the_statement_timeout_stores_its_rows_with_no_network_timeout_meanwhile() {
    AtomicInteger networkTimeoutDuringCopy = new AtomicInteger(-1);

    UpsertCounts counts =
        store.transactions.inTransaction(
            () -> indexValues.upsert(slowly(values(Owned.days(), 3), networkTimeoutDuringCopy)));

    assertThat(counts).isEqualTo(new UpsertCounts(3, 3, 0));
    assertThat(networkTimeoutDuringCopy).hasValue(0);
  }

  @Test
  void the_unit_has_its_timeouts_back_after_a_load() {
    List<Timeouts> beforeAndAfter =
        store.transactions.inTransaction(
            () -> {
              Timeouts before = currentTimeouts();
              indexValues.upsert(slowly(values(Owned.days(), 2), new AtomicInteger()));
              return List.of(before, currentTimeouts());
            });

    assertThat(beforeAndAfter.get(1)).isEqualTo(beforeAndAfter.get(0));
    assertThat(beforeAndAfter.get(0).statementTimeout()).isEqualTo("200ms");
    assertThat(beforeAndAfter.get(0).networkTimeoutMillis()).isPositive();
  }

  @Test
  void the_unit_has_its_timeouts_back_after_a_refused_load() {
    LocalDate day = Owned.days();
    List<IndexValue> dateTwice =
        List.of(new IndexValue(day, BigDecimal.ONE), new IndexValue(day, BigDecimal.TEN));

    List<Timeouts> beforeAndAfter =
        store.transactions.inTransaction(
            () -> {
              Timeouts before = currentTimeouts();
              assertThatThrownBy(() -> indexValues.upsert(slowly(dateTwice, new AtomicInteger())))
                  .isInstanceOf(ValidationFailed.class);
              return List.of(before, currentTimeouts());
            });

    assertThat(beforeAndAfter.get(1)).isEqualTo(beforeAndAfter.get(0));
  }

  @Test
  void a_statement_after_the_load_is_held_to_the_statement_timeout_again() {
    assertThatThrownBy(
            () ->
                store.transactions.inTransaction(
                    () -> {
                      indexValues.upsert(slowly(values(Owned.days(), 2), new AtomicInteger()));
                      try (Statement statement =
                          store.transactions.connection().createStatement()) {
                        return statement.execute("SELECT pg_sleep(1)");
                      } catch (SQLException e) {
                        throw new PersistenceException(e);
                      }
                    }))
        .isInstanceOf(Unavailable.class)
        .hasMessageContaining("took too long");
  }
}
