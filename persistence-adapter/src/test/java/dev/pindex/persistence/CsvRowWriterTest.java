package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rows as PostgreSQL's {@code COPY ... (FORMAT csv)} reads them back unchanged. */
class CsvRowWriterTest {

  private final StringWriter out = new StringWriter();
  private final CsvRowWriter csv = new CsvRowWriter(out);

  @Test
  void writes_fields_separated_by_commas_one_row_a_line() {
    csv.number(1).text("AAPL").date(LocalDate.of(2024, 2, 29)).number(new BigDecimal("1.5"));
    csv.endRow();
    csv.number(2).text("MSFT");
    csv.endRow();

    assertThat(out).hasToString("1,AAPL,2024-02-29,1.5\n2,MSFT\n");
  }

  @Test
  void writes_decimals_as_plain_digits_never_with_an_exponent() {
    csv.number(new BigDecimal("1E+3")).number(new BigDecimal("0.0000001"));

    assertThat(out).hasToString("1000,0.0000001");
  }

  @Test
  void quotes_text_that_csv_or_copy_would_read_otherwise() {
    csv.text("a,b").text("say \"hi\"").text("line\nbreak").text("\\.").text("");

    assertThat(out).hasToString("\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"\\.\",\"\"");
  }
}
