package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.RiskMetrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvBulkReaderTest {

  private static final String HEADER = "symbol,date,close,volume\n";

  @Test
  void the_header_is_not_a_row_so_the_line_after_it_is_row_one() throws IOException {
    List<BulkRow<PriceRow>> rows =
        prices(HEADER + "AAPL,2026-11-27,101.25,1000\r\nmsft,2026-11-27,1E+2,0\r\n");

    assertThat(rows).extracting(BulkRow::number).containsExactly(1L, 2L);
    PriceRow first = rows.get(0).value();
    assertThat(first.symbol().value()).isEqualTo("AAPL");
    assertThat(first.price().date()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(first.price().close()).isEqualTo(new BigDecimal("101.25"));
    assertThat(first.price().volume()).isEqualTo(1000);
    assertThat(rows.get(1).value().symbol().value()).isEqualTo("MSFT");
    assertThat(rows.get(1).value().price().close()).isEqualByComparingTo("100");
  }

  @Test
  void a_header_alone_has_no_rows_and_quoted_header_names_count_as_written() throws IOException {
    assertThat(prices("symbol,date,close,volume")).isEmpty();
    assertThat(prices("\"symbol\",\"date\",close,volume\nAAPL,2026-11-27,1,1")).hasSize(1);
  }

  @Test
  void a_missing_or_different_header_is_a_bad_request() {
    for (String body :
        new String[] {
          "",
          "\n",
          "AAPL,2026-11-27,1,1\n",
          "date,symbol,close,volume\n",
          "Symbol,Date,Close,Volume\n",
          "symbol,date,close\n",
          "symbol,date,close,volume,extra\n",
          "symbol, date,close,volume\n"
        }) {
      assertThatThrownBy(() -> prices(body))
          .as(body)
          .isInstanceOf(BadRequest.class)
          .hasMessage("The CSV body must start with the header symbol,date,close,volume.");
    }
  }

  @Test
  void a_line_that_breaks_a_rule_or_does_not_convert_is_an_invalid_row_and_reading_goes_on()
      throws IOException {
    List<BulkRow<PriceRow>> rows =
        prices(
            HEADER
                + "AAPL,2026-02-30,1,1\n"
                + "AAPL,2026-11-27,0,1\n"
                + "AAPL,2026-11-27,1,-5\n"
                + "AAPL,2026-11-27,abc,1.5\n"
                + "AAPL,2026-11-27,1.1234567,1\n"
                + "not a symbol,2026-11-27,1,1\n"
                + "AAPL,,,\n"
                + "AAPL,2026-11-27,1\n"
                + "\n"
                + "AAPL,2026-11-27,1,1,\n"
                + "AA\"PL,2026-11-27,1,1\n"
                + "AAPL,2026-11-27,99.5,7\n");

    assertThat(rows)
        .extracting(BulkRow::problem)
        .containsExactly(
            "date must be a date YYYY-MM-DD",
            "close must be greater than 0",
            "volume must not be negative",
            "close must be a number; volume must be an integer",
            "close must have at most 6 decimal places",
            "symbol must be 1 to 16 characters of A-Z 0-9 . - ^ =",
            "date is required; close is required; volume is required",
            "has 3 fields where the header has 4",
            "has 1 field where the header has 4",
            "has 5 fields where the header has 4",
            "has a quote inside a field that is not quoted",
            null);
    assertThat(rows).extracting(BulkRow::number).startsWith(1L).endsWith(12L);
    assertThat(rows.get(11).value().price().close()).isEqualTo(new BigDecimal("99.5"));
  }

  @Test
  void a_quoted_field_reads_like_an_unquoted_one() throws IOException {
    List<BulkRow<PriceRow>> rows = prices(HEADER + "\"AAPL\",\"2026-11-27\",\"2.5\",\"3\"\n");

    assertThat(rows.get(0).value().price().close()).isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void rows_are_read_one_at_a_time_as_the_consumer_asks() throws IOException {
    Iterator<BulkRow<PriceRow>> rows =
        new CsvBulkReader()
            .rows(stream(HEADER + "AAPL,2026-11-27,1,1\n\"broken"), JavalinPriceRoutes.ROWS);

    assertThat(rows.next().isValid()).isTrue();
    assertThatThrownBy(rows::hasNext).isInstanceOf(BadRequest.class);
  }

  @Test
  void a_failed_read_of_the_body_surfaces_as_an_unchecked_io_exception() throws IOException {
    Iterator<BulkRow<PriceRow>> rows =
        new CsvBulkReader()
            .rows(
                new java.io.SequenceInputStream(
                    stream(HEADER),
                    new java.io.InputStream() {
                      @Override
                      public int read() throws IOException {
                        throw new IOException("the client went away");
                      }
                    }),
                JavalinPriceRoutes.ROWS);

    assertThatThrownBy(rows::hasNext)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("went away");
  }

  @Test
  void index_values_and_risk_metrics_read_their_own_columns() throws IOException {
    List<BulkRow<IndexValue>> values = new ArrayList<>();
    new CsvBulkReader()
        .rows(stream("date,value\n2026-11-27,1234.5\n2026-11-28,x\n"), JavalinIndexValueRoutes.ROWS)
        .forEachRemaining(values::add);
    List<BulkRow<RiskMetrics>> metrics = new ArrayList<>();
    new CsvBulkReader()
        .rows(
            stream(
                "date,sharpe_ratio,sortino_ratio,volatility,max_drawdown,var_95\n"
                    + "2026-11-27,1.2,1.5,0.18,-0.35,-0.021\n"
                    + "2026-11-28,1.2,1.5,0.18,0.35,-0.021\n"),
            JavalinRiskMetricsRoutes.ROWS)
        .forEachRemaining(metrics::add);

    assertThat(values.get(0).value().value()).isEqualTo(new BigDecimal("1234.5"));
    assertThat(values.get(1).problem()).isEqualTo("value must be a number");
    assertThat(metrics.get(0).value().maxDrawdown()).isEqualTo(new BigDecimal("-0.35"));
    assertThat(metrics.get(1).problem()).isEqualTo("max_drawdown must lie in [-1, 0]");
  }

  private static List<BulkRow<PriceRow>> prices(String body) throws IOException {
    List<BulkRow<PriceRow>> rows = new ArrayList<>();
    new CsvBulkReader().rows(stream(body), JavalinPriceRoutes.ROWS).forEachRemaining(rows::add);
    return rows;
  }

  private static ByteArrayInputStream stream(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }
}
