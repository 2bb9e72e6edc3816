package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands as a script runs them: arguments, environment and standard input in; code out. */
class CommandLineTest {

  private static final List<String> CHANGESETS =
      List.of(
          "pindex:001-touch-updated-at-function",
          "pindex:002-users",
          "pindex:003-assets",
          "pindex:004-prices",
          "pindex:005-index-values",
          "pindex:006-allocations",
          "pindex:007-strategy-config",
          "pindex:008-risk-metrics");

  record Run(int exitCode, String out, String err) {}

  static Run run(Map<String, String> env, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        PindexCli.run(
            args,
            env,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static Map<String, String> on(String database) {
    return Map.of("DATABASE_URL", ExternalPostgres.url(database));
  }

  @ParameterizedTest(name = "pindex {0} --help")
  @ValueSource(
      strings = {
        "",
        "serve",
        "db",
        "db migrate",
        "db rollback",
        "db status",
        "create-admin",
        "config",
        "demo-data"
      })
  void every_command_explains_itself_and_its_exit_codes(String command) {
    String[] args = (command + " --help").strip().split(" ");

    Run help = run(Map.of(), "", args);

    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .startsWith("Usage: pindex " + command)
        .contains("-h, --help", "Exit codes:", "  0 ", "  1 ", "  2 ");
  }

  @Test
  void db_status_documents_its_pending_exit_code() {
    assertThat(run(Map.of(), "", "db", "status", "--help").out())
        .contains("  3   changesets pending");
  }

  @Test
  void migrate_then_rollback_one_then_migrate_round_trips_and_status_follows() {
    String database = ExternalPostgres.freshDatabase("cli_round_trip");

    Run fresh = run(on(database), "", "db", "status");
    assertThat(fresh.exitCode()).isEqualTo(DbCommand.PENDING);
    assertThat(fresh.out().lines()).containsSubsequence(CHANGESETS);

    assertThat(run(on(database), "", "db", "migrate"))
        .isEqualTo(new Run(0, "applied 8 changesets" + System.lineSeparator(), ""));
    assertThat(run(on(database), "", "db", "status").exitCode()).isZero();

    assertThat(run(on(database), "", "db", "rollback", "--count", "1").out())
        .isEqualTo("rolled back 1 changesets" + System.lineSeparator());
    Run afterRollback = run(on(database), "", "db", "status");
    assertThat(afterRollback.exitCode()).isEqualTo(DbCommand.PENDING);
    assertThat(afterRollback.out().lines())
        .containsExactly("1 changesets pending", "pindex:008-risk-metrics");
    assertThat(tables(database)).doesNotContain("risk_metrics").contains("strategy_config");

    assertThat(run(on(database), "", "db", "migrate").exitCode()).isZero();
    Run migrated = run(on(database), "", "db", "status");
    assertThat(migrated.exitCode()).isZero();
    assertThat(migrated.out().lines()).containsExactly("0 changesets pending");
    assertThat(tables(database)).contains("risk_metrics");
  }

  @Test
  void db_commands_start_and_stop_the_embedded_database_without_a_database_url(
      @TempDir Path dataDir) {
    Map<String, String> env = Map.of("PINDEX_DATA_DIR", dataDir.toString());

    assertThat(run(env, "", "db", "status").exitCode()).isEqualTo(DbCommand.PENDING);
    assertThat(run(env, "", "db", "migrate").exitCode()).isZero();
    assertThat(run(env, "", "db", "status").exitCode()).isZero();
    assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
  }

  @Test
  void wrong_usage_and_bad_configuration_exit_2_naming_the_problem() {
    Run zeroCount = run(Map.of(), "", "db", "rollback", "--count", "0");
    assertThat(zeroCount.exitCode()).isEqualTo(2);
    assertThat(zeroCount.err()).contains("--count must be at least 1");

    assertThat(run(Map.of(), "", "db", "rollback").exitCode()).isEqualTo(2);
    assertThat(run(Map.of(), "", "no-such-command").exitCode()).isEqualTo(2);
    assertThat(run(Map.of(), "", "db").exitCode()).isEqualTo(2);

    Run badEnvironment = run(Map.of("DB_POOL_SIZE", "many"), "", "db", "status");
    assertThat(badEnvironment.exitCode()).isEqualTo(2);
    assertThat(badEnvironment.err()).contains("DB_POOL_SIZE 'many' is not a whole number");
  }

  @Test
  void a_database_that_cannot_be_reached_exits_1() {
    Run unreachable =
        run(
            Map.of(
                "DATABASE_URL",
                "postgres://postgres@127.0.0.1:1/nowhere",
                "DB_POOL_TIMEOUT_S",
                "1"),
            "",
            "db",
            "status");

    assertThat(unreachable.exitCode()).isEqualTo(1);
    assertThat(unreachable.err()).startsWith("pindex db status failed: ");
  }

  @Test
  void config_prints_every_setting_with_passwords_and_keys_masked() {
    Map<String, String> env =
        Map.of(
            "DATABASE_URL", "postgres://app:db-Pa55word@db.example.com:5432/pindex",
            "TOKEN_SIGNING_KEY", "signing-key-0123456789-0123456789-abcdef",
            "ADMIN_EMAIL", "root@example.com",
            "ADMIN_PASSWORD", "admin-Pa55word",
            "SLOW_QUERY_MS", "50");

    Run config = run(env, "", "config");

    assertThat(config.exitCode()).isZero();
    assertThat(config.out())
        .contains("profile: DEV", "db.example.com", "slowThreshold=PT0.05S", "root@example.com")
        .contains("***")
        .doesNotContain("db-Pa55word", "signing-key-0123456789", "admin-Pa55word");
  }

  @Test
  void create_admin_reads_the_password_from_standard_input_and_the_account_can_be_promoted() {
    String database = ExternalPostgres.freshDatabase("cli_admin");

    Run created =
        run(on(database), "first-Pa55word\n", "create-admin", "--email", "Ops@Example.com");
    assertThat(created.exitCode()).isZero();
    assertThat(created.out()).contains("admin account Ops@Example.com is ready");

    Map<String, String> withPassword = new HashMap<>(on(database));
    withPassword.put("ADMIN_PASSWORD", "second-Pa55word");
    assertThat(run(withPassword, "", "create-admin", "--email", "ops@example.com").exitCode())
        .isZero();
    assertThat(ExternalPostgres.column(database, "SELECT email || ' ' || role FROM users"))
        .containsExactly("Ops@Example.com admin");
  }

  @Test
  void create_admin_refuses_a_bad_email_or_a_missing_password_with_exit_2() {
    Run badEmail = run(Map.of(), "long-enough-password\n", "create-admin", "--email", "nope");
    assertThat(badEmail.exitCode()).isEqualTo(2);
    assertThat(badEmail.err()).contains("email").doesNotContain("long-enough-password");

    Run noPassword = run(Map.of(), "", "create-admin", "--email", "ops@example.com");
    assertThat(noPassword.exitCode()).isEqualTo(2);
    assertThat(noPassword.err()).contains("ADMIN_PASSWORD");
  }

  @Test
  void demo_data_fills_an_empty_database_once() {
    String database = ExternalPostgres.freshDatabase("cli_demo");

    Run first = run(on(database), "", "demo-data");
    Run second = run(on(database), "", "demo-data");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).startsWith("demo data loaded: ");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).startsWith("demo data skipped");
    assertThat(ExternalPostgres.column(database, "SELECT count(*) FROM assets"))
        .containsExactly("50");
  }

  private static List<String> tables(String database) {
    return ExternalPostgres.column(
        database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
  }
}
