package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

/**
 * The database's own rules, as the changelog declares them. The persistence adapter translates
 * violations by SQLState and constraint name, so each test checks both.
 */
class SchemaConstraintsTest {

  private static final String CHECK_VIOLATION = "23514";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final String NOT_NULL_VIOLATION = "23502";

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private static FreshDatabase database;

  @BeforeAll
  static void migrate_a_database_of_its_own() {
    database = FreshDatabase.create("constraints");
    new LiquibaseMigrations(database.dataSource()).migrate();
  }

  @Test
  void every_constraint_and_index_carries_its_contract_name() {
    assertThat(
            database.column(
                "SELECT conrelid::regclass || '.' || conname FROM pg_constraint"
                    + " WHERE connamespace = 'public'::regnamespace"
                    + " AND conrelid::regclass::text NOT LIKE 'databasechangelog%'"))
        .containsExactlyInAnyOrder(
            "users.pk_users",
            "users.ck_users_role_allowed",
            "assets.pk_assets",
            "assets.uq_assets_symbol",
            "assets.ck_assets_symbol_format",
            "assets.ck_assets_name_not_blank",
            "assets.ck_assets_sector_not_blank",
            "prices.idx_price_asset_date",
            "prices.fk_prices_asset",
            "prices.ck_prices_close_positive",
            "prices.ck_prices_volume_non_negative",
            "index_values.idx_index_value_date",
            "allocations.idx_allocation_date",
            "allocations.fk_allocations_asset",
            "allocations.ck_allocations_weight_range",
            "strategy_config.pk_strategy_config",
            "strategy_config.fk_strategy_config_user",
            "strategy_config.uq_strategy_config_user_name",
            "strategy_config.ck_strategy_config_name_not_blank",
            "strategy_config.ck_strategy_config_name_length",
            "strategy_config.ck_strategy_config_momentum_weight_range",
            "strategy_config.ck_strategy_config_value_weight_range",
            "strategy_config.ck_strategy_config_quality_weight_range",
            "strategy_config.ck_strategy_config_low_volatility_weight_range",
            "strategy_config.ck_strategy_config_factor_weights_sum",
            "strategy_config.ck_strategy_config_max_position_weight_range",
            "strategy_config.ck_strategy_config_rebalance_frequency_allowed",
            "strategy_config.ck_strategy_config_version_positive",
            "risk_metrics.pk_risk_metrics",
            "risk_metrics.ck_risk_metrics_volatility_non_negative",
            "risk_metrics.ck_risk_metrics_max_drawdown_range");
    assertThat(
            database.column(
                "SELECT tablename || '.' || indexname FROM pg_indexes WHERE schemaname = 'public'"
                    + " AND tablename NOT LIKE 'databasechangelog%'"))
        .containsExactlyInAnyOrder(
            "users.pk_users",
            "users.uq_users_email_lower",
            "assets.pk_assets",
            "assets.uq_assets_symbol",
            "prices.idx_price_asset_date",
            "index_values.idx_index_value_date",
            "allocations.idx_allocation_date",
            "allocations.idx_allocations_asset_id",
            "strategy_config.pk_strategy_config",
            "strategy_config.uq_strategy_config_user_name",
            "risk_metrics.pk_risk_metrics");
  }

  // users

  @Test
  void a_role_other_than_user_or_admin_is_rejected() {
    assertRejected(
        "INSERT INTO users (email, password_hash, role) VALUES ('" + email() + "', 'h', 'root')",
        CHECK_VIOLATION,
        "ck_users_role_allowed");
  }

  @Test
  void a_new_user_is_a_plain_user() {
    long user = user();

    assertThat(database.column("SELECT role FROM users WHERE id = " + user))
        .containsExactly("user");
  }

  @Test
  void an_email_differing_only_in_case_is_a_duplicate() {
    String email = email();
    database.execute(
        "INSERT INTO users (email, password_hash) VALUES ('" + email.toLowerCase() + "', 'h')");

    assertRejected(
        "INSERT INTO users (email, password_hash) VALUES ('" + email.toUpperCase() + "', 'h')",
        UNIQUE_VIOLATION,
        "uq_users_email_lower");
  }

  @Test
  void a_user_without_email_is_rejected_naming_the_column() {
    assertNotNullRejected("INSERT INTO users (email, password_hash) VALUES (NULL, 'h')", "email");
  }

  // assets

  @Test
  void a_duplicate_symbol_is_rejected() {
    String symbol = symbol();
    asset(symbol);

    assertRejected(
        "INSERT INTO assets (symbol, name) VALUES ('" + symbol + "', 'Again')",
        UNIQUE_VIOLATION,
        "uq_assets_symbol");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "brk.b", "A B", "A_B", "A/B", "É", "A\tB"})
  void a_symbol_outside_the_api_rule_is_rejected(String symbol) {
    assertRejected(
        "INSERT INTO assets (symbol, name) VALUES ('" + symbol + "', 'Bad')",
        CHECK_VIOLATION,
        "ck_assets_symbol_format");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X", "BRK.B", "^GSPC", "EURUSD=X", "BF-B", "ABCDEFGHIJKLMNOP"})
  void a_symbol_inside_the_api_rule_is_accepted(String symbol) {
    assertThatCode(() -> asset(symbol)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"name   | ''   ", "name   | '  ' ", "sector | ''   ", "sector | ' \t'"})
  void a_blank_asset_name_or_sector_is_rejected(String column, String blank) {
    String name = column.equals("name") ? blank : "Named";
    String sector = column.equals("sector") ? blank : "Tech";

    assertRejected(
        "INSERT INTO assets (symbol, name, sector) VALUES ('"
            + symbol()
            + "', '"
            + name
            + "', '"
            + sector
            + "')",
        CHECK_VIOLATION,
        "ck_assets_" + column + "_not_blank");
  }

  @Test
  void an_asset_may_have_no_sector() {
    assertThatCode(
            () ->
                database.execute(
                    "INSERT INTO assets (symbol, name) VALUES ('" + symbol() + "', 'No sector')"))
        .doesNotThrowAnyException();
  }

  // prices

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1.5"})
  void a_close_that_is_not_positive_is_rejected(String close) {
    assertRejected(
        price(asset(symbol()), close, "100"), CHECK_VIOLATION, "ck_prices_close_positive");
  }

  @Test
  void a_negative_volume_is_rejected() {
    assertRejected(
        price(asset(symbol()), "10", "-1"), CHECK_VIOLATION, "ck_prices_volume_non_negative");
  }

  @Test
  void a_price_without_close_is_rejected_naming_the_column() {
    assertNotNullRejected(price(asset(symbol()), "NULL", "1"), "close");
  }

  @Test
  void a_price_of_an_unknown_asset_is_rejected() {
    assertRejected(price(-1, "10", "1"), FOREIGN_KEY_VIOLATION, "fk_prices_asset");
  }

  @Test
  void a_second_price_for_the_same_asset_and_date_is_rejected() {
    long asset = asset(symbol());
    database.execute(
        "INSERT INTO prices (asset_id, date, close, volume) VALUES ("
            + asset
            + ", '2024-01-02', 1, 1)");

    assertRejected(
        "INSERT INTO prices (asset_id, date, close, volume) VALUES ("
            + asset
            + ", '2024-01-02', 2, 2)",
        UNIQUE_VIOLATION,
        "idx_price_asset_date");
  }

  @Test
  void an_asset_with_prices_cannot_be_deleted() {
    long asset = asset(symbol());
    database.execute(price(asset, "10", "1"));

    assertRejected(
        "DELETE FROM assets WHERE id = " + asset, FOREIGN_KEY_VIOLATION, "fk_prices_asset");
  }

  // allocations

  @ParameterizedTest
  @ValueSource(strings = {"1.0000000001", "1.5", "-0.0000000001"})
  void a_weight_outside_zero_to_one_is_rejected(String weight) {
    assertRejected(
        allocation(asset(symbol()), weight), CHECK_VIOLATION, "ck_allocations_weight_range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "0.1234567891"})
  void a_weight_from_zero_to_one_is_accepted(String weight) {
    assertThatCode(() -> database.execute(allocation(asset(symbol()), weight)))
        .doesNotThrowAnyException();
  }

  @Test
  void an_asset_in_an_allocation_cannot_be_deleted() {
    long asset = asset(symbol());
    database.execute(allocation(asset, "0.5"));

    assertRejected(
        "DELETE FROM assets WHERE id = " + asset, FOREIGN_KEY_VIOLATION, "fk_allocations_asset");
  }

  // strategy_config

  @Test
  void a_rebalance_frequency_outside_the_list_is_rejected() {
    assertRejected(
        strategy(user(), "s", "0.25", "0.25", "0.25", "0.25", "0.1", "'hourly'"),
        CHECK_VIOLATION,
        "ck_strategy_config_rebalance_frequency_allowed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"daily", "weekly", "monthly", "quarterly"})
  void every_rebalance_frequency_of_the_api_is_accepted(String frequency) {
    assertThatCode(
            () ->
                database.execute(
                    strategy(
                        user(), "s", "0.25", "0.25", "0.25", "0.25", "0.1", "'" + frequency + "'")))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.2499989", "0.2500011", "0"})
  void factor_weights_not_summing_to_one_are_rejected(String lowVolatilityWeight) {
    assertRejected(
        strategy(user(), "s", "0.25", "0.25", "0.25", lowVolatilityWeight, "0.1", "'daily'"),
        CHECK_VIOLATION,
        "ck_strategy_config_factor_weights_sum");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.249999", "0.250001"})
  void factor_weights_within_a_millionth_of_one_are_accepted(String lowVolatilityWeight) {
    assertThatCode(
            () ->
                database.execute(
                    strategy(
                        user(),
                        "s",
                        "0.25",
                        "0.25",
                        "0.25",
                        lowVolatilityWeight,
                        "0.1",
                        "'daily'")))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource({
    "momentum, -0.1, 0.6, 0.5, 0",
    "value, 0.6, -0.1, 0.5, 0",
    "quality, 0.6, 0.5, -0.1, 0",
    "low_volatility, 0.6, 0.5, 0, -0.1"
  })
  void a_negative_factor_weight_is_rejected_by_its_own_rule(
      String factor, String momentum, String value, String quality, String lowVolatility) {
    assertRejected(
        strategy(user(), "s", momentum, value, quality, lowVolatility, "0.1", "'daily'"),
        CHECK_VIOLATION,
        "ck_strategy_config_" + factor + "_weight_range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.1", "1.0000000001"})
  void a_max_position_weight_outside_zero_exclusive_to_one_is_rejected(String maxPosition) {
    assertRejected(
        strategy(user(), "s", "0.25", "0.25", "0.25", "0.25", maxPosition, "'daily'"),
        CHECK_VIOLATION,
        "ck_strategy_config_max_position_weight_range");
  }

  @Test
  void a_blank_strategy_name_is_rejected() {
    assertRejected(
        strategy(user(), " ", "0.25", "0.25", "0.25", "0.25", "0.1", "'daily'"),
        CHECK_VIOLATION,
        "ck_strategy_config_name_not_blank");
  }

  @Test
  void a_strategy_name_longer_than_100_characters_is_rejected() {
    assertThatCode(
            () ->
                database.execute(
                    strategy(
                        user(), "n".repeat(100), "0.25", "0.25", "0.25", "0.25", "1", "'daily'")))
        .doesNotThrowAnyException();
    assertRejected(
        strategy(user(), "n".repeat(101), "0.25", "0.25", "0.25", "0.25", "1", "'daily'"),
        CHECK_VIOLATION,
        "ck_strategy_config_name_length");
  }

  @Test
  void a_user_cannot_have_two_strategies_of_one_name_but_two_users_can() {
    long owner = user();
    database.execute(strategy(owner, "Core", "0.25", "0.25", "0.25", "0.25", "0.1", "'daily'"));

    assertRejected(
        strategy(owner, "Core", "0.25", "0.25", "0.25", "0.25", "0.1", "'weekly'"),
        UNIQUE_VIOLATION,
        "uq_strategy_config_user_name");
    assertThatCode(
            () ->
                database.execute(
                    strategy(user(), "Core", "0.25", "0.25", "0.25", "0.25", "0.1", "'daily'")))
        .doesNotThrowAnyException();
  }

  @Test
  void a_strategy_starts_at_version_one_and_never_goes_below() {
    long owner = user();
    database.execute(strategy(owner, "v", "0.25", "0.25", "0.25", "0.25", "0.1", "'daily'"));

    assertThat(database.column("SELECT version FROM strategy_config WHERE user_id = " + owner))
        .containsExactly("1");
    assertRejected(
        "UPDATE strategy_config SET version = 0 WHERE user_id = " + owner,
        CHECK_VIOLATION,
        "ck_strategy_config_version_positive");
  }

  @Test
  void deleting_a_user_deletes_their_strategies() {
    long owner = user();
    database.execute(strategy(owner, "gone", "0.25", "0.25", "0.25", "0.25", "0.1", "'daily'"));

    database.execute("DELETE FROM users WHERE id = " + owner);

    assertThat(database.column("SELECT id FROM strategy_config WHERE user_id = " + owner))
        .isEmpty();
  }

  // risk_metrics

  @Test
  void a_negative_volatility_is_rejected() {
    assertRejected(
        riskMetrics("-0.01", "-0.2"), CHECK_VIOLATION, "ck_risk_metrics_volatility_non_negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.01", "-1.0000000001"})
  void a_max_drawdown_outside_minus_one_to_zero_is_rejected(String maxDrawdown) {
    assertRejected(
        riskMetrics("0.2", maxDrawdown), CHECK_VIOLATION, "ck_risk_metrics_max_drawdown_range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.35", "-1"})
  void a_max_drawdown_from_minus_one_to_zero_is_accepted(String maxDrawdown) {
    assertThatCode(() -> database.execute(riskMetrics("0.2", maxDrawdown)))
        .doesNotThrowAnyException();
  }

  // timestamps

  @ParameterizedTest
  @ValueSource(
      strings = {
        "users",
        "assets",
        "prices",
        "index_values",
        "allocations",
        "strategy_config",
        "risk_metrics"
      })
  void updating_a_row_sets_updated_at_to_now_and_leaves_created_at(String table)
      throws SQLException {
    String update = insertStampedInThePast(table);

    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                update + " RETURNING created_at = '2000-01-01T00:00:00Z', updated_at = now()")) {
      assertThat(row.next()).as("the row was updated").isTrue();
      assertThat(row.getBoolean(1)).as("created_at kept").isTrue();
      assertThat(row.getBoolean(2)).as("updated_at is the updating transaction's time").isTrue();
    }
  }

  /** Inserts a row of the table created and updated in 2000; answers an UPDATE of that row. */
  private static String insertStampedInThePast(String table) {
    String past = "'2000-01-01T00:00:00Z'";
    String stamps = ", created_at, updated_at) VALUES (";
    String values = ", " + past + ", " + past + ")";
    switch (table) {
      case "users":
        String email = email();
        database.execute(
            "INSERT INTO users (email, password_hash" + stamps + "'" + email + "', 'h'" + values);
        return "UPDATE users SET password_hash = 'h2' WHERE email = '" + email + "'";
      case "assets":
        String symbol = symbol();
        database.execute(
            "INSERT INTO assets (symbol, name" + stamps + "'" + symbol + "', 'A'" + values);
        return "UPDATE assets SET name = 'B' WHERE symbol = '" + symbol + "'";
      case "prices":
        long priced = asset(symbol());
        database.execute(
            "INSERT INTO prices (asset_id, date, close, volume"
                + stamps
                + priced
                + ", '2024-01-02', 1, 1"
                + values);
        return "UPDATE prices SET close = 2 WHERE asset_id = " + priced;
      case "index_values":
        LocalDate day = day();
        database.execute(
            "INSERT INTO index_values (date, value" + stamps + "'" + day + "', 100" + values);
        return "UPDATE index_values SET value = 101 WHERE date = '" + day + "'";
      case "allocations":
        long allocated = asset(symbol());
        database.execute(
            "INSERT INTO allocations (date, asset_id, weight"
                + stamps
                + "'2024-01-02', "
                + allocated
                + ", 1"
                + values);
        return "UPDATE allocations SET weight = 0.5 WHERE asset_id = " + allocated;
      case "strategy_config":
        long owner = user();
        database.execute(
            "INSERT INTO strategy_config (user_id, name, momentum_weight, value_weight,"
                + " quality_weight, low_volatility_weight, max_position_weight,"
                + " rebalance_frequency"
                + stamps
                + owner
                + ", 's', 0.25, 0.25, 0.25, 0.25, 0.1, 'daily'"
                + values);
        return "UPDATE strategy_config SET version = version + 1 WHERE user_id = " + owner;
      case "risk_metrics":
        LocalDate measured = day();
        database.execute(
            "INSERT INTO risk_metrics (date, sharpe_ratio, sortino_ratio, volatility,"
                + " max_drawdown, var_95"
                + stamps
                + "'"
                + measured
                + "', 1, 1, 0.2, -0.1, -0.02"
                + values);
        return "UPDATE risk_metrics SET sharpe_ratio = 2 WHERE date = '" + measured + "'";
      default:
        throw new IllegalArgumentException("no row recipe for " + table);
    }
  }

  // rows, each test its own

  private static String symbol() {
    return "T" + UNIQUE.incrementAndGet();
  }

  private static String email() {
    return "user" + UNIQUE.incrementAndGet() + "@example.com";
  }

  private static LocalDate day() {
    return LocalDate.of(2000, 1, 1).plusDays(UNIQUE.incrementAndGet());
  }

  private static long asset(String symbol) {
    return Long.parseLong(
        database
            .column(
                "INSERT INTO assets (symbol, name) VALUES ('" + symbol + "', 'Asset') RETURNING id")
            .get(0));
  }

  private static long user() {
    return Long.parseLong(
        database
            .column(
                "INSERT INTO users (email, password_hash) VALUES ('"
                    + email()
                    + "', 'h') RETURNING id")
            .get(0));
  }

  private static String price(long asset, String close, String volume) {
    return "INSERT INTO prices (asset_id, date, close, volume) VALUES ("
        + asset
        + ", '2024-01-02', "
        + close
        + ", "
        + volume
        + ")";
  }

  private static String allocation(long asset, String weight) {
    return "INSERT INTO allocations (date, asset_id, weight) VALUES ('2024-01-02', "
        + asset
        + ", "
        + weight
        + ")";
  }

  private static String strategy(
      long user,
      String name,
      String momentum,
      String value,
      String quality,
      String lowVolatility,
      String maxPosition,
      String frequency) {
    return "INSERT INTO strategy_config (user_id, name, momentum_weight, value_weight,"
        + " quality_weight, low_volatility_weight, max_position_weight, rebalance_frequency)"
        + " VALUES ("
        + String.join(
            ", ",
            Long.toString(user),
            "'" + name + "'",
            momentum,
            value,
            quality,
            lowVolatility,
            maxPosition,
            frequency)
        + ")";
  }

  private static String riskMetrics(String volatility, String maxDrawdown) {
    return "INSERT INTO risk_metrics (date, sharpe_ratio, sortino_ratio, volatility, max_drawdown,"
        + " var_95) VALUES ('"
        + day()
        + "', 1.1, 1.4, "
        + volatility
        + ", "
        + maxDrawdown
        + ", -0.02)";
  }

  // assertions

  private static void assertRejected(String sql, String sqlState, String constraint) {
    assertThatThrownBy(() -> executeRaw(sql))
        .isInstanceOfSatisfying(
            PSQLException.class,
            e -> {
              assertThat(e.getSQLState()).as("SQLState").isEqualTo(sqlState);
              assertThat(e.getServerErrorMessage().getConstraint())
                  .as("constraint")
                  .isEqualTo(constraint);
            });
  }

  private static void assertNotNullRejected(String sql, String column) {
    assertThatThrownBy(() -> executeRaw(sql))
        .isInstanceOfSatisfying(
            PSQLException.class,
            e -> {
              assertThat(e.getSQLState()).as("SQLState").isEqualTo(NOT_NULL_VIOLATION);
              assertThat(e.getServerErrorMessage().getColumn()).as("column").isEqualTo(column);
            });
  }

  private static void executeRaw(String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
