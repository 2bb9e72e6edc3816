package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.web.dto.PriceRowJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBulkReaderTest {

  private static final BulkRowSchema<PriceRowJson, PriceRow> PRICES = JavalinPriceRoutes.ROWS;
  private static final String GOOD =
      "{\"symbol\":\"AAPL\",\"date\":\"2026-11-27\",\"close\":101.25,\"volume\":1000}";

  @Test
  void rows_are_numbered_from_one_in_body_order() throws IOException {
    List<BulkRow<PriceRow>> rows = read("[" + GOOD + "," + GOOD.replace("AAPL", "msft") + "]");

    assertThat(rows).extracting(BulkRow::number).containsExactly(1L, 2L);
    assertThat(rows.get(1).value().symbol().value()).isEqualTo("MSFT");
    assertThat(rows.get(0).value().price().close()).isEqualByComparingTo(new BigDecimal("101.25"));
  }

  @Test
  void an_empty_array_has_no_rows() throws IOException {
    assertThat(read(" [ ] ")).isEmpty();
  }

  @Test
  void an_element_of_the_wrong_shape_is_an_invalid_row_and_reading_goes_on() throws IOException {
    List<BulkRow<PriceRow>> rows =
        read(
            "["
                + GOOD
                + ",{\"symbol\":\"AAPL\",\"date\":\"2026-11-27\",\"close\":\"1.5\",\"volume\":1},"
                + "{\"symbol\":{\"nested\":[1,2]},\"close\":1},"
                + "{\"symbol\":\"AAPL\",\"extra\":true},"
                + "42,"
                + "[1,{\"a\":2}],"
                + "null,"
                + "{\"symbol\":\"AAPL\",\"date\":\"2026-11-27\",\"close\":1,\"volume\":2.5},"
                + GOOD
                + "]");

    assertThat(rows)
        .extracting(BulkRow::isValid)
        .containsExactly(true, false, false, false, false, false, false, false, true);
    assertThat(rows)
        .extracting(BulkRow::problem)
        .containsExactly(
            null,
            "close must be a number",
            "symbol must be a string",
            "extra is not a known field",
            "must be a JSON object",
            "must be a JSON object",
            "must be a JSON object",
            "volume must be an integer",
            null);
  }

  @Test
  void a_row_breaking_the_value_objects_rules_lists_every_broken_field() throws IOException {
    List<BulkRow<PriceRow>> rows =
        read(
            "[{\"symbol\":\"not a symbol\",\"date\":\"2026-02-30\",\"close\":1,\"volume\":1},"
                + "{\"symbol\":\"AAPL\",\"date\":\"2026-11-27\",\"close\":0,\"volume\":1},"
                + "{\"symbol\":\"AAPL\"}]");

    assertThat(rows)
        .extracting(BulkRow::problem)
        .containsExactly(
            "symbol must be 1 to 16 characters of A-Z 0-9 . - ^ =; date must be a date YYYY-MM-DD",
            "close must be greater than 0",
            "date is required; close is required; volume is required");
  }

  @Test
  void a_body_that_is_not_an_array_is_a_bad_request() {
    for (String body : new String[] {GOOD, "", "42", "\"rows\""}) {
      assertThatThrownBy(() -> read(body)).as(body).isInstanceOf(BadRequest.class);
    }
  }

  @Test
  void broken_syntax_anywhere_fails_the_whole_body() {
    for (String body :
        new String[] {
          "[" + GOOD + " " + GOOD + "]",
          "[" + GOOD + ",",
          "[{\"symbol\":\"AAPL\",\"symbol\":\"MSFT\"}]",
          "[{\"symbol\":\"AAPL",
          "[{\"close\":1.2.3}]"
        }) {
      assertThatThrownBy(() -> read(body))
          .as(body)
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(JsonProcessingException.class);
    }
  }

  @Test
  void broken_syntax_inside_an_element_fails_that_element_rather_than_making_it_an_invalid_row()
      throws IOException {
    // Jackson reports an unterminated string as a mapping error of its field
    Iterator<BulkRow<PriceRow>> rows =
        new JsonBulkReader().rows(stream("[" + GOOD + ",{\"symbol\":\"AAPL"), PRICES);

    assertThat(rows.next().isValid()).isTrue();
    assertThatThrownBy(rows::next)
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(JsonProcessingException.class);
  }

  @Test
  void anything_after_the_array_is_a_bad_request() {
    assertThatThrownBy(() -> read("[" + GOOD + "] []")).isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> read("[" + GOOD + "] x")).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void rows_are_read_one_at_a_time_as_the_consumer_asks() throws IOException {
    Iterator<BulkRow<PriceRow>> rows =
        new JsonBulkReader().rows(stream("[" + GOOD + "," + GOOD + ", broken"), PRICES);

    assertThat(rows.next().isValid()).isTrue();
    assertThat(rows.next().isValid()).isTrue();
    assertThatThrownBy(rows::hasNext).isInstanceOf(UncheckedIOException.class);
  }

  private static List<BulkRow<PriceRow>> read(String body) throws IOException {
    List<BulkRow<PriceRow>> rows = new ArrayList<>();
    new JsonBulkReader().rows(stream(body), PRICES).forEachRemaining(rows::add);
    return rows;
  }

  private static ByteArrayInputStream stream(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }
}
