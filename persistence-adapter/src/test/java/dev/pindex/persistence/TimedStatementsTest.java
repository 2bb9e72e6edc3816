package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.persistence.mapper.ScratchMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Every mapped statement is timed by its mapper id; slow ones are logged once, without values. */
class TimedStatementsTest {

  private static final Duration SLOW = Duration.ofMillis(150);
  private static final String SECRET = "label-that-must-not-be-logged";

  private final MetricRegistry metrics = new MetricRegistry();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private HikariDataSource pool;
  private MyBatisTransactions transactions;
  private ScratchMapper mapper;

  @BeforeEach
  void start() {
    ScratchTables.create();
    pool = TestPools.pool(1, 0, Duration.ofSeconds(5));
    transactions =
        new MyBatisTransactions(
            pool, RetryPolicy.defaults(), metrics, new StatementLogging(SLOW, true));
    mapper = transactions.mapper(ScratchMapper.class);
    logged.start();
    logger(TimedStatements.class.getName()).addAppender(logged);
    logger(TimedStatements.STATEMENT_LOGGER).addAppender(logged);
  }

  @AfterEach
  void stop() {
    logger(TimedStatements.class.getName()).detachAppender(logged);
    logger(TimedStatements.STATEMENT_LOGGER).detachAppender(logged);
    MDC.clear();
    pool.close();
  }

  @Test
  void each_execution_is_counted_in_the_timer_named_by_mapper_and_statement() {
    String owner = ScratchTables.newOwner();

    transactions.inTransaction(() -> mapper.addNote(owner, "a"));
    for (int i = 0; i < 3; i++) {
      transactions.readOnly(() -> mapper.notes(owner));
    }

    assertThat(metrics.getTimers().get("pindex.db.statement.ScratchMapper.addNote").getCount())
        .isEqualTo(1);
    assertThat(metrics.getTimers().get("pindex.db.statement.ScratchMapper.notes").getCount())
        .isEqualTo(3);
    assertThat(metrics.getTimers().keySet())
        .filteredOn(name -> name.startsWith(TimedStatements.TIMER_PREFIX))
        .containsExactlyInAnyOrder(
            "pindex.db.statement.ScratchMapper.addNote", "pindex.db.statement.ScratchMapper.notes");
  }

  @Test
  void a_statement_slower_than_the_threshold_is_logged_once_at_warn_without_its_values() {
    MDC.put("request_id", "req-slow-1");

    transactions.readOnly(() -> mapper.labelAfterSleeping(SECRET, 0.3));
    transactions.readOnly(() -> mapper.notes(SECRET));

    List<ILoggingEvent> warnings =
        logged.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
    assertThat(warnings).hasSize(1);
    ILoggingEvent warning = warnings.get(0);
    assertThat(warning.getFormattedMessage())
        .startsWith("slow statement ScratchMapper.labelAfterSleeping took ")
        .endsWith(" ms, rows: 1");
    assertThat(warning.getMDCPropertyMap()).containsEntry("request_id", "req-slow-1");
    assertThat(metrics.getCounters().get(TimedStatements.SLOW_COUNTER).getCount()).isEqualTo(1);
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(line -> line.contains(SECRET))
        .noneMatch(line -> line.contains("0.3"));
  }

  @Test
  void logging_each_statement_shows_its_sql_with_placeholders_and_never_its_values() {
    transactions.readOnly(() -> mapper.notes(SECRET));

    assertThat(logged.list)
        .filteredOn(event -> event.getLevel() == Level.INFO)
        .extracting(ILoggingEvent::getFormattedMessage)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("ScratchMapper.notes took ")
                    .contains("rows: 0", "WHERE owner = ? ORDER BY label")
                    .doesNotContain(SECRET));
  }

  private static Logger logger(String name) {
    return (Logger) LoggerFactory.getLogger(name);
  }
}
