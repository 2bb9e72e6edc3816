package dev.pindex.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pindex.bootstrap.AppConfig;
import dev.pindex.bootstrap.Application;
import java.util.HashMap;
import java.util.Map;

/**
 * The real application, in this JVM on random ports, over a database of {@link Postgres}: each
 * scenario starts its own with the settings it needs, and its own database and login role. The
 * passwords, the signing key and every token handed out are registered with {@link CapturedLogs} as
 * secrets that no log line may show.
 */
final class Service implements AutoCloseable {

  static final String ADMIN_EMAIL = "admin@reliability.pindex.test";

  private final Application application;
  private final Postgres postgres;
  private final String database;
  private final String adminPassword;
  private final String signingKey;
  private final Http http;
  private volatile String adminToken;

  private Service(
      Application application,
      Postgres postgres,
      String database,
      String adminPassword,
      String signingKey) {
    this.application = application;
    this.postgres = postgres;
    this.database = database;
    this.adminPassword = adminPassword;
    this.signingKey = signingKey;
    this.http = new Http(application.port());
  }

  /**
   * Starts the service on a new database of {@code postgres} with these settings added to the
   * suite's own (random ports, a signing key, a start-up admin, the {@code dev} profile).
   */
  static Service start(Postgres postgres, String name, Map<String, String> settings) {
    String dbPassword = CapturedLogs.secret("db-" + name + "-Pw9x");
    String adminPassword = CapturedLogs.secret("admin-" + name + "-Pw3k");
    String signingKey = CapturedLogs.secret("signing-key-" + name + "-0123456789abcdefghijklmnop");
    String database = postgres.newDatabase(name, dbPassword);
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", Postgres.url(postgres, database, dbPassword));
    env.put("APP_PROFILE", "dev");
    env.put("PORT", "0");
    env.put("ADMIN_PORT", "0");
    env.put("TOKEN_SIGNING_KEY", signingKey);
    env.put("ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("ADMIN_PASSWORD", adminPassword);
    env.putAll(settings);
    return new Service(
        Application.start(AppConfig.from(env)),
        postgres,
        database,
        adminPassword,
        env.get("TOKEN_SIGNING_KEY"));
  }

  int port() {
    return application.port();
  }

  int adminPort() {
    return application.adminPort();
  }

  String database() {
    return database;
  }

  Postgres postgres() {
    return postgres;
  }

  /** The key the service signs its bearer tokens with. */
  String signingKey() {
    return signingKey;
  }

  /** A client of the main port that counts nothing. */
  Http http() {
    return http;
  }

  /** The start-up admin's bearer token, logged in once. */
  String adminToken() {
    if (adminToken == null) {
      adminToken = login(ADMIN_EMAIL, adminPassword);
    }
    return adminToken;
  }

  /** Logs in; answers the bearer token, registered as a secret. */
  String login(String email, String password) {
    Answer answer = http.post("/api/v1/auth/token", Json.credentials(email, password));
    JsonNode token = answer.expect(200);
    return CapturedLogs.secret(token.path("access_token").asText());
  }

  /** Registers an ordinary user and logs it in; answers its token. */
  String newUser(String email, String password) {
    CapturedLogs.secret(password);
    http.post("/api/v1/users", Json.credentials(email, password)).expect(201);
    return login(email, password);
  }

  /** Creates an asset as the admin. */
  void newAsset(String symbol) {
    http.post(
            "/api/v1/assets",
            "{\"symbol\":\"" + symbol + "\",\"name\":\"Asset " + symbol + "\",\"sector\":\"Test\"}",
            Http.bearer(adminToken()))
        .expect(201);
  }

  /** The pool as {@code /pool} on the admin port shows it. */
  JsonNode pool() {
    return new Http(adminPort()).get("/pool").expect(200);
  }

  /** A gauge's value from {@code /metrics?format=json} on the admin port. */
  long gauge(String name) {
    JsonNode metrics = new Http(adminPort()).get("/metrics?format=json").expect(200);
    return metrics.path("gauges").path(name).path("value").asLong();
  }

  /** The service's connections as the server sees them, by {@code application_name}. */
  int serverConnections() {
    return Integer.parseInt(
        postgres.value(
            "postgres",
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pindex'"
                + " AND datname = '"
                + database
                + "'"));
  }

  @Override
  public void close() {
    application.close();
  }
}
