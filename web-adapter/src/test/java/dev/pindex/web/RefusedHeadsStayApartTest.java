package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import dev.pindex.domain.model.DatabaseStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A request Jetty refuses while reading it (here a head too large for one read) is answered on its
 * own connection and leaves every other connection alone, under concurrency. The race {@link
 * SerialReadsHttpConnectionFactory} closes shows as Jetty failing to fill or release a request
 * buffer, or as one client's bytes (or none) in another's answer. Jetty's debug logging of its
 * connections is switched on here, and dropped, because it both reports the failed fills and widens
 * the race: with Jetty's own connection factory this test failed in each of 4 runs, where 200,000
 * refusals without debug logging showed the race twice.
 */
class RefusedHeadsStayApartTest {

  private static final int REFUSALS_PER_CLIENT = 2_000;
  private static final int CLIENTS = 3;
  // longer than Jetty's two 8 KiB reads before it gives up, so its third read finds the rest
  private static final String OVERSIZED_HEAD =
      "GET /health/live HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
          + "a".repeat(20_000)
          + "\r\n\r\n";
  private static final String PLAIN =
      "GET /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
  private static final Set<String> BUFFER_FAULTS =
      Set.of(
          IllegalArgumentException.class.getName(),
          IllegalStateException.class.getName(),
          NullPointerException.class.getName());

  private final Queue<String> jettyFaults = new ConcurrentLinkedQueue<>();
  private final Appender<ILoggingEvent> faultsOnly =
      new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
          IThrowableProxy thrown = event.getThrowableProxy();
          if (event.getLevel().isGreaterOrEqual(Level.WARN)
              || (thrown != null && BUFFER_FAULTS.contains(thrown.getClassName()))) {
            jettyFaults.add(
                event.getFormattedMessage() + (thrown == null ? "" : ": " + thrown.getMessage()));
          }
        }
      };
  private TestServer server;

  @BeforeEach
  void start() {
    server =
        TestServer.start(new JavalinHealthRoutes(() -> DatabaseStatus.up(Duration.ofMillis(1))));
    faultsOnly.start();
    jetty().addAppender(faultsOnly);
    jetty().setAdditive(false);
    connections().setLevel(Level.DEBUG);
  }

  @AfterEach
  void stop() {
    connections().setLevel(null);
    jetty().setAdditive(true);
    jetty().detachAppender(faultsOnly);
    server.close();
  }

  @Test
  void oversized_heads_refused_alongside_plain_requests_leave_both_intact() throws Exception {
    String plainBody = body(exchange(PLAIN));
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    AtomicBoolean refusing = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS);
    try {
      List<Future<?>> refusers =
          start(
              clients,
              () -> {
                for (int n = 0; n < REFUSALS_PER_CLIENT; n++) {
                  String answer = exchange(OVERSIZED_HEAD);
                  if (!answer.startsWith("HTTP/1.1 431 ")) {
                    wrong.add("refused head answered: " + excerpt(answer));
                  }
                }
              });
      List<Future<?>> plain =
          start(
              clients,
              () -> {
                while (refusing.get()) {
                  String answer = exchange(PLAIN);
                  if (!answer.startsWith("HTTP/1.1 200 ") || !body(answer).equals(plainBody)) {
                    wrong.add("plain request answered: " + excerpt(answer));
                  }
                }
              });
      for (Future<?> refuser : refusers) {
        refuser.get();
      }
      refusing.set(false);
      for (Future<?> client : plain) {
        client.get();
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(wrong).isEmpty();
    assertThat(jettyFaults).isEmpty();
  }

  private static List<Future<?>> start(ExecutorService pool, Runnable client) {
    List<Future<?>> started = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      started.add(pool.submit(client));
    }
    return started;
  }

  private String exchange(String request) {
    return RawExchange.send(server.port(), request);
  }

  private static String body(String answer) {
    return answer.substring(answer.indexOf("\r\n\r\n") + 4);
  }

  private static String excerpt(String answer) {
    return answer.substring(0, Math.min(answer.length(), 200));
  }

  private static Logger connections() {
    return (Logger) LoggerFactory.getLogger("org.eclipse.jetty.server.internal.HttpConnection");
  }

  private static Logger jetty() {
    return (Logger) LoggerFactory.getLogger("org.eclipse.jetty");
  }
}
