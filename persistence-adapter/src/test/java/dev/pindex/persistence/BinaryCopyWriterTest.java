package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Rows written in the binary COPY format, read back by PostgreSQL exactly as they were. */
class BinaryCopyWriterTest {

  private record Row(long number, String text, LocalDate date, BigDecimal decimal) {}

  @Test
  void decimals_of_every_shape_read_back_with_their_value_and_scale() throws SQLException {
    List<Row> rows =
        Stream.of(
                "0",
                "0.000001",
                "0.5",
                "1",
                "1.10",
                "9999",
                "10000",
                "10000.0001",
                "-0.35",
                "-1",
                "123.456789",
                "12345678901234.123456",
                "99999999999999.999999",
                "0.0001",
                "100000000",
                "-0.0000001234")
            .map(decimal -> new Row(1, "A", LocalDate.of(2026, 11, 27), new BigDecimal(decimal)))
            .toList();

    assertThat(roundTrip(rows)).isEqualTo(rows);
  }

  @Test
  void a_decimal_with_a_negative_scale_reads_back_as_its_plain_digits() throws SQLException {
    Row row = new Row(1, "A", LocalDate.of(2026, 11, 27), new BigDecimal("1E+3"));

    assertThat(roundTrip(List.of(row)).get(0).decimal()).isEqualTo(new BigDecimal("1000"));
  }

  @Test
  void whole_numbers_dates_and_text_of_every_shape_read_back_unchanged() throws SQLException {
    BigDecimal one = BigDecimal.ONE;
    List<Row> rows =
        List.of(
            new Row(0, "", LocalDate.of(2000, 1, 1), one),
            new Row(-1, "AAPL", LocalDate.of(1999, 12, 31), one),
            new Row(Long.MAX_VALUE, "café, \"quoted\"\n\\.", LocalDate.of(2024, 2, 29), one),
            new Row(Long.MIN_VALUE, "€".repeat(30_000), LocalDate.of(1, 1, 1), one),
            new Row(7, "x".repeat(70_000), LocalDate.of(9999, 12, 31), one));

    assertThat(roundTrip(rows)).isEqualTo(rows);
  }

  @Test
  void rows_past_the_buffer_reach_the_database_whole_and_in_order() throws SQLException {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(
          new Row(
              i,
              "SYMBOL" + i,
              LocalDate.of(2026, 1, 1).plusDays(i),
              new BigDecimal(i + "." + (i % 1000))));
    }

    assertThat(roundTrip(rows)).isEqualTo(rows);
  }

  @Test
  void a_row_with_more_or_fewer_values_than_columns_is_a_programming_error() {
    BinaryCopyWriter writer = new BinaryCopyWriter(new ByteArrayOutputStream(), 2);
    writer.number(1).text("a").endRow();
    writer.number(2);

    assertThatThrownBy(writer::endRow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a row has 1 values where COPY expects 2");
  }

  private static List<Row> roundTrip(List<Row> rows) throws SQLException {
    try (Connection connection = TestDatabase.adminDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE copied (n bigint, t text, d date, x numeric)");
      PGCopyOutputStream copy =
          new PGCopyOutputStream(
              connection
                  .unwrap(PGConnection.class)
                  .getCopyAPI()
                  .copyIn("COPY copied (n, t, d, x) FROM STDIN (FORMAT binary)"));
      BinaryCopyWriter writer = new BinaryCopyWriter(copy, 4);
      for (Row row : rows) {
        writer.number(row.number()).text(row.text()).date(row.date()).number(row.decimal());
        writer.endRow();
      }
      writer.finish();
      copy.endCopy();
      List<Row> read = new ArrayList<>();
      try (ResultSet result = statement.executeQuery("SELECT n, t, d, x FROM copied")) {
        while (result.next()) {
          read.add(
              new Row(
                  result.getLong(1),
                  result.getString(2),
                  result.getObject(3, LocalDate.class),
                  result.getBigDecimal(4)));
        }
      }
      return read;
    }
  }
}
