package dev.pindex.bootstrap;

import static dev.pindex.bootstrap.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the service logs while it serves logins, a price load and a failed login with {@code
 * LOG_SQL=true} and {@code LOG_POOL=true}: captured at every level of the loggers that see SQL,
 * parameters and the pool (ours, MyBatis's, Hikari's), on top of the service's own configuration.
 */
class LogsEndToEndTest {

  private static final String DB_PASSWORD = "db-Secret-7f3a";
  private static final String SIGNING_KEY = "signing-Key-0123456789-abcdefghijklmnop";
  private static final String ADMIN = "logs-admin@example.com";
  private static final String ADMIN_PASSWORD = "admin-Secret-91x";
  private static final String USER = "logs-user@example.com";
  private static final String USER_PASSWORD = "user-Secret-44q";
  private static final String WRONG_PASSWORD = "wrong-Secret-02z";
  private static final List<String> TRACED = List.of("dev.pindex", "org.apache.ibatis");

  private static final List<ILoggingEvent> logged = new ArrayList<>();
  private static final List<String> secrets =
      new ArrayList<>(
          List.of(DB_PASSWORD, SIGNING_KEY, ADMIN_PASSWORD, USER_PASSWORD, WRONG_PASSWORD));
  private static long userId;

  @BeforeAll
  static void serve_logins_a_price_load_and_a_failed_login() {
    String database = ExternalPostgres.freshDatabase("logs");
    ExternalPostgres.execute(
        "postgres",
        "CREATE ROLE logs_app LOGIN PASSWORD '" + DB_PASSWORD + "'",
        "ALTER DATABASE " + database + " OWNER TO logs_app");
    Map<String, String> env =
        Map.of(
            "DATABASE_URL",
            "jdbc:postgresql://127.0.0.1:"
                + ExternalPostgres.port()
                + "/"
                + database
                + "?user=logs_app&password="
                + DB_PASSWORD,
            "TOKEN_SIGNING_KEY",
            SIGNING_KEY,
            "ADMIN_EMAIL",
            ADMIN,
            "ADMIN_PASSWORD",
            ADMIN_PASSWORD,
            "LOG_SQL",
            "true",
            "LOG_POOL",
            "true",
            "PORT",
            "0",
            "ADMIN_PORT",
            "0");

    ListAppender<ILoggingEvent> capture = new ListAppender<>();
    capture.start();
    Logger root = logger(Logger.ROOT_LOGGER_NAME);
    Map<String, Level> levels = new java.util.HashMap<>();
    TRACED.forEach(name -> levels.put(name, logger(name).getLevel()));
    levels.put(LogSettings.POOL_LOGGER, logger(LogSettings.POOL_LOGGER).getLevel());
    root.addAppender(capture);
    TRACED.forEach(name -> logger(name).setLevel(Level.TRACE));
    try (Application app = Application.start(AppConfig.from(env))) {
      ApiClient api = new ApiClient(app.port());
      var registered =
          api.send("POST", "/api/v1/users", ApiClient.credentials(USER, USER_PASSWORD));
      assertThat(registered.statusCode()).isEqualTo(201);
      userId = ApiClient.json(registered).get("id").asLong();
      String adminToken = api.token(ADMIN, ADMIN_PASSWORD);
      String userToken = api.token(USER, USER_PASSWORD);
      secrets.addAll(List.of(adminToken, userToken, signature(adminToken), signature(userToken)));

      assertThat(api.get("/api/v1/users/me", bearer(userToken)).statusCode()).isEqualTo(200);
      assertThat(
              api.send(
                      "POST",
                      "/api/v1/assets",
                      "{\"symbol\":\"SEC\",\"name\":\"Secretive\"}",
                      bearer(adminToken))
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              api.send(
                      "PUT",
                      "/api/v1/prices",
                      "[{\"symbol\":\"SEC\",\"date\":\"2026-01-05\",\"close\":12.5,\"volume\":1000}]",
                      bearer(adminToken))
                  .statusCode())
          .isEqualTo(200);
      assertThat(
              api.send("POST", "/api/v1/auth/token", ApiClient.credentials(USER, WRONG_PASSWORD))
                  .statusCode())
          .isEqualTo(401);
    } finally {
      root.detachAppender(capture);
      levels.forEach((name, level) -> logger(name).setLevel(level));
      logged.addAll(capture.list);
    }
  }

  @Test
  void no_password_token_signing_key_or_password_hash_is_logged_at_any_level() {
    assertThat(logged).hasSizeGreaterThan(50);
    for (ILoggingEvent event : logged) {
      String everything = everything(event);
      assertThat(everything)
          .as("%s %s", event.getLevel(), event.getLoggerName())
          .doesNotContain(secrets)
          .doesNotContain("$argon2id$");
    }
  }

  @Test
  void log_sql_shows_each_statement_with_placeholders_and_log_pool_shows_the_pool_at_debug() {
    assertThat(logged)
        .filteredOn(event -> event.getLoggerName().equals("dev.pindex.sql"))
        .extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(line -> line.startsWith("UserMapper.findCredentials took "))
        .anyMatch(line -> line.contains("lower(email) = lower(?)"));
    assertThat(logged)
        .filteredOn(event -> event.getLoggerName().startsWith(LogSettings.POOL_LOGGER))
        .anyMatch(event -> event.getLevel() == Level.DEBUG)
        .anyMatch(event -> event.getFormattedMessage().contains("configuration:"));
  }

  @Test
  void each_request_has_one_access_line_with_route_status_request_id_and_user_id() {
    List<ILoggingEvent> access =
        logged.stream().filter(event -> event.getLoggerName().equals("dev.pindex.access")).toList();

    assertThat(access).hasSize(7);
    assertThat(access)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(line -> line.matches("GET /api/v1/users/me 200 \\d+\\.\\dms"))
        .anyMatch(line -> line.matches("PUT /api/v1/prices 200 \\d+\\.\\dms"))
        .anyMatch(line -> line.matches("POST /api/v1/auth/token 401 \\d+\\.\\dms"));
    assertThat(access).allMatch(event -> event.getMDCPropertyMap().containsKey("request_id"));
    assertThat(access)
        .filteredOn(event -> event.getFormattedMessage().startsWith("GET /api/v1/users/me"))
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getMDCPropertyMap())
                    .containsEntry("user_id", Long.toString(userId)));
  }

  @Test
  void every_line_logged_while_serving_a_request_carries_its_request_id() {
    assertThat(logged)
        .filteredOn(event -> event.getThreadName().startsWith("JettyServerThreadPool"))
        .isNotEmpty()
        .allMatch(event -> event.getMDCPropertyMap().containsKey("request_id"));
  }

  private static String everything(ILoggingEvent event) {
    String thrown =
        event.getThrowableProxy() == null
            ? ""
            : ThrowableProxyUtil.asString(event.getThrowableProxy());
    return event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " " + thrown;
  }

  private static String signature(String token) {
    return token.substring(token.lastIndexOf('.') + 1);
  }

  private static Logger logger(String name) {
    return (Logger) LoggerFactory.getLogger(name);
  }
}
