package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Every log line of the whole suite, written to {@code target/reliability/suite.log} (message, MDC
 * and stack trace, at the levels the service configures), and checked after each scenario class
 * against every secret the suite has handed out so far: database and account passwords, signing
 * keys, bearer tokens and their signatures, and any Argon2id hash. The last class to finish has
 * checked the whole suite's log. The console shows only the figures; set {@code
 * -Dreliability.console-logs=true} to see the log there too.
 */
final class CapturedLogs implements BeforeAllCallback, AfterAllCallback {

  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
  private static final String HASH_MARK = "$argon2id$";
  private static FileAppender appender;

  /** Registers {@code value} as a secret that no log line may show; answers it. */
  static String secret(String value) {
    SECRETS.add(value);
    int lastDot = value.lastIndexOf('.');
    if (value.startsWith("ey") && lastDot > 0) {
      SECRETS.add(value.substring(lastDot + 1)); // a token's signature on its own
    }
    return value;
  }

  static Path file() {
    return Suite.outputDir().resolve("suite.log");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Scan scan = scan();
    assertThat(scan.lines()).as("lines captured in %s", file()).isPositive();
    assertThat(scan.findings())
        .as("log lines in %s that show a secret (by line number and kind)", file())
        .isEmpty();
  }

  static synchronized void install() {
    if (appender != null) {
      return;
    }
    try {
      Files.createDirectories(Suite.outputDir());
      appender = new FileAppender(Files.newBufferedWriter(file(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    appender.setContext(root.getLoggerContext());
    appender.start();
    root.addAppender(appender);
    if (!Boolean.getBoolean("reliability.console-logs")) {
      root.detachAppender("CONSOLE");
    }
  }

  /** The log so far, checked line by line against every secret registered so far. */
  static synchronized Scan scan() {
    appender.flush();
    List<String> secrets = new ArrayList<>(SECRETS);
    Set<String> findings = new TreeSet<>();
    long lines = 0;
    try (BufferedReader reader = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines++;
        if (line.contains(HASH_MARK)) {
          findings.add("line " + lines + ": an Argon2id hash");
        }
        for (String secret : secrets) {
          if (line.contains(secret)) {
            findings.add("line " + lines + ": a secret of " + secret.length() + " characters");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Scan(lines, secrets.size(), findings);
  }

  record Scan(long lines, int secrets, Set<String> findings) {}

  /** Writes each event as one line; a stack trace follows on the lines after it. */
  private static final class FileAppender extends AppenderBase<ILoggingEvent> {

    private final BufferedWriter out;

    FileAppender(BufferedWriter out) {
      this.out = out;
      setName("reliability-capture");
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
      try {
        out.write(
            Instant.ofEpochMilli(event.getTimeStamp())
                + " "
                + event.getLevel()
                + " "
                + event.getLoggerName()
                + " ["
                + event.getThreadName()
                + "] "
                + event.getFormattedMessage()
                + " "
                + event.getMDCPropertyMap());
        out.newLine();
        if (event.getThrowableProxy() != null) {
          out.write(ThrowableProxyUtil.asString(event.getThrowableProxy()));
          out.newLine();
        }
      } catch (IOException e) {
        addError("could not write the captured log", e);
      }
    }

    synchronized void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
