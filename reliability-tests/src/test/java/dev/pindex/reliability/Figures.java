package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a scenario sent and what came of it, printed as one line: requests sent, their answers by
 * class (a 503 counts as such only with its {@code Retry-After}; without one it is another 5xx, as
 * is no answer at all), writes acknowledged with a 2xx, found in the database afterwards and lost.
 * Scenario-specific figures follow. A scenario fails on any other 5xx, any request left without an
 * answer and any lost write.
 */
final class Figures {

  private static final int EXAMPLES = 5;

  private final String scenario;
  private final LongAdder sent = new LongAdder();
  private final LongAdder ok = new LongAdder();
  private final LongAdder clientErrors = new LongAdder();
  private final LongAdder unavailable = new LongAdder();
  private final LongAdder otherServerErrors = new LongAdder();
  private final LongAdder noAnswer = new LongAdder();
  private final LongAccumulator longestWaitNanos = new LongAccumulator(Math::max, 0);
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong found = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private final Map<String, Object> extra = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  Figures(String scenario) {
    this.scenario = scenario;
  }

  void record(Answer answer) {
    sent.increment();
    longestWaitNanos.accumulate(answer.nanos());
    int status = answer.status();
    if (status == 0) {
      noAnswer.increment();
      example(answer + " after " + answer.waited().toMillis() + " ms");
    } else if (status < 300) {
      ok.increment();
    } else if (status < 500) {
      clientErrors.increment();
    } else if (answer.unavailableAsPromised()) {
      unavailable.increment();
    } else {
      otherServerErrors.increment();
      example(answer + " " + answer.headers() + " " + Json.abbreviate(answer.body()));
    }
  }

  /**
   * An answer counted apart from the classes, under {@code label}: a status the scenario has shown
   * to be right for what was sent although its class says otherwise.
   */
  void recordApart(Answer answer, String label) {
    sent.increment();
    longestWaitNanos.accumulate(answer.nanos());
    synchronized (extra) {
      extra.merge(label, 1L, (a, b) -> (Long) a + (Long) b);
    }
  }

  private void example(String failure) {
    if (failures.size() < EXAMPLES) {
      failures.add(failure);
    }
  }

  /** The database check's outcome: writes acknowledged with a 2xx, found, and lost. */
  void writes(long acknowledgedWrites, long foundWrites, long lostWrites) {
    acknowledged.set(acknowledgedWrites);
    found.set(foundWrites);
    lost.set(lostWrites);
  }

  /** A scenario-specific figure, printed after the common ones. */
  void put(String name, Object value) {
    extra.put(name, value);
  }

  long sent() {
    return sent.sum();
  }

  long ok() {
    return ok.sum();
  }

  long unavailable() {
    return unavailable.sum();
  }

  long clientErrors() {
    return clientErrors.sum();
  }

  long longestWaitMillis() {
    return longestWaitNanos.get() / 1_000_000;
  }

  String line() {
    StringBuilder line =
        new StringBuilder()
            .append(scenario)
            .append(": sent=")
            .append(sent.sum())
            .append(" 2xx=")
            .append(ok.sum())
            .append(" 4xx=")
            .append(clientErrors.sum())
            .append(" 503=")
            .append(unavailable.sum())
            .append(" other_5xx=")
            .append(otherServerErrors.sum() + noAnswer.sum())
            .append(" acknowledged_writes=")
            .append(acknowledged.get())
            .append(" writes_found=")
            .append(found.get())
            .append(" writes_lost=")
            .append(lost.get())
            .append(" | no_answer=")
            .append(noAnswer.sum())
            .append(" longest_wait_ms=")
            .append(longestWaitMillis());
    synchronized (extra) {
      extra.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
    }
    return line.toString();
  }

  /**
   * Prints the line (to standard output and {@code target/reliability/figures.txt}), then fails if
   * any other 5xx, any request without an answer or any lost write appeared.
   */
  void printAndCheck() {
    String line = line();
    System.out.println("[reliability] " + line);
    try {
      Path out = Suite.outputDir();
      Files.createDirectories(out);
      Files.writeString(
          out.resolve("figures.txt"),
          Instant.now() + " " + (Suite.full() ? "full" : "default") + " " + line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(otherServerErrors.sum() + noAnswer.sum())
        .as("%s: other 5xx or requests left without an answer, e.g. %s", scenario, failures)
        .isZero();
    assertThat(lost.get()).as("%s: writes acknowledged but lost", scenario).isZero();
  }
}
