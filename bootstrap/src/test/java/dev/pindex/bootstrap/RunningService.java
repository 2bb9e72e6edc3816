package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The real application on random ports over its own embedded PostgreSQL in a temporary data folder,
 * with the start-up admin from {@code ADMIN_EMAIL}/{@code ADMIN_PASSWORD}; ordinary users register
 * through the API. Tests share one instance, so each owns its rows: symbols, e-mails and names come
 * from {@link #unique}, dates of the global series from {@link OwnDates}.
 */
final class RunningService implements AutoCloseable {

  static final String ADMIN_EMAIL = "admin@e2e.pindex.test";
  static final String ADMIN_PASSWORD = "e2e-admin-password";
  static final String PASSWORD = "correct horse battery";
  private static final String SIGNING_KEY = "an end-to-end signing key of at least 32 bytes";
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final Application application;
  private final Path dataDir;
  private final Api api;
  private final Api admin;
  private volatile String adminToken;

  private RunningService(Application application, Path dataDir) {
    this.application = application;
    this.dataDir = dataDir;
    this.api = new Api(application.port());
    this.admin = new Api(application.adminPort());
  }

  /** Starts an application in a new temporary data folder with these settings added. */
  static RunningService start(Map<String, String> settings) {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("pindex-e2e-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("ADMIN_PORT", "0");
    env.put("PINDEX_DATA_DIR", dataDir.toString());
    env.put("TOKEN_SIGNING_KEY", SIGNING_KEY);
    env.put("ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.putAll(settings);
    try {
      return new RunningService(Application.start(AppConfig.from(env)), dataDir);
    } catch (RuntimeException e) {
      deleteTree(dataDir);
      throw e;
    }
  }

  /** The main listener. */
  Api api() {
    return api;
  }

  /** The admin listener. */
  Api adminPort() {
    return admin;
  }

  /** A token of the start-up admin, logged in once. */
  String adminToken() {
    if (adminToken == null) {
      adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }
    return adminToken;
  }

  /** Logs in and returns the bearer token; fails the test unless the login succeeds. */
  String login(String email, String password) {
    JsonNode token = api.post("/api/v1/auth/token", credentials(email, password)).expect(200);
    assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
    return token.path("access_token").asText();
  }

  /** Registers a new ordinary user through the API and logs it in. */
  Account newUser(String label) {
    String email = unique(label).toLowerCase(Locale.ROOT) + "@e2e.pindex.test";
    JsonNode user = api.post("/api/v1/users", credentials(email, PASSWORD)).expect(201);
    assertThat(user.path("role").asText()).isEqualTo("user");
    return new Account(user.path("id").asLong(), email, login(email, PASSWORD));
  }

  /** A new asset created by the admin; returns its symbol. */
  String newAsset(String prefix, String sector) {
    String symbol = unique(prefix);
    String body =
        sector == null
            ? "{\"symbol\":\"%s\",\"name\":\"Asset %s\"}".formatted(symbol, symbol)
            : "{\"symbol\":\"%s\",\"name\":\"Asset %s\",\"sector\":\"%s\"}"
                .formatted(symbol, symbol, sector);
    api.post("/api/v1/assets", body, Api.bearer(adminToken())).expect(201);
    return symbol;
  }

  /**
   * {@code prefix} followed by a number no other caller in this JVM gets: a symbol (upper case, at
   * most 16 characters for a prefix of up to 8), part of an e-mail, or a name.
   */
  static String unique(String prefix) {
    return prefix + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
  }

  static String credentials(String email, String password) {
    return "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password);
  }

  @Override
  public void close() {
    try {
      application.close();
    } finally {
      deleteTree(dataDir);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no test failure
    }
  }

  /** An ordinary user: its id, e-mail (password {@link #PASSWORD}) and a bearer token. */
  record Account(long id, String email, String token) {
    String[] bearer() {
      return Api.bearer(token);
    }
  }
}
