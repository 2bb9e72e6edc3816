package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void records_end_at_lf_crlf_or_a_lone_cr_and_the_last_line_break_is_optional()
      throws IOException {
    assertThat(records("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    assertThat(records("a,b\r\nc,d\r\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    assertThat(records("a\rb\r\nc\nd\r"))
        .containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
  }

  @Test
  void an_empty_body_has_no_records() throws IOException {
    assertThat(records("")).isEmpty();
  }

  @Test
  void empty_fields_are_kept_and_a_blank_line_is_a_record_of_one_empty_field() throws IOException {
    assertThat(records("a,,b\n,\nc,\n\nd"))
        .containsExactly(
            List.of("a", "", "b"), List.of("", ""), List.of("c", ""), List.of(""), List.of("d"));
  }

  @Test
  void quoted_fields_hold_commas_doubled_quotes_and_line_breaks() throws IOException {
    assertThat(records("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\"\",x"))
        .containsExactly(List.of("a,b", "say \"hi\"", "two\r\nlines"), List.of("", "x"));
  }

  @Test
  void fields_are_taken_as_written_with_their_spaces() throws IOException {
    assertThat(records(" a , b ")).containsExactly(List.of(" a ", " b "));
  }

  @Test
  void a_utf8_byte_order_mark_before_the_first_record_is_skipped_and_nowhere_else()
      throws IOException {
    assertThat(records("\uFEFFa,b\n\uFEFFc"))
        .containsExactly(List.of("a", "b"), List.of("\uFEFFc"));
    assertThat(records("\uFEFF")).isEmpty();
    assertThat(records("a")).containsExactly(List.of("a"));
  }

  @Test
  void multi_byte_characters_are_decoded_as_utf8() throws IOException {
    assertThat(records("café,€5\n")).containsExactly(List.of("café", "€5"));
  }

  @Test
  void a_record_with_broken_quoting_is_read_to_its_end_and_says_why() throws IOException {
    CsvRecords records = reader("ab\"c,d\n\"x\"y,z\nok,1\n");

    assertThat(records.next()).isTrue();
    assertThat(records.fields()).containsExactly("ab\"c", "d");
    assertThat(records.problem()).isEqualTo("has a quote inside a field that is not quoted");
    assertThat(records.next()).isTrue();
    assertThat(records.fields()).containsExactly("x", "z");
    assertThat(records.problem()).isEqualTo("has text after the closing quote of a field");
    assertThat(records.next()).isTrue();
    assertThat(records.fields()).containsExactly("ok", "1");
    assertThat(records.problem()).isNull();
    assertThat(records.next()).isFalse();
  }

  @Test
  void a_field_past_the_length_limit_is_cut_off_and_the_next_record_reads_normally()
      throws IOException {
    String huge = "x".repeat(10 * CsvRecords.MAX_FIELD_BYTES);
    CsvRecords records = reader(huge + ",a\n\"" + huge + "\"\nb,c");

    assertThat(records.next()).isTrue();
    assertThat(records.fields().get(0)).hasSize(CsvRecords.MAX_FIELD_BYTES);
    assertThat(records.fields().get(1)).isEqualTo("a");
    assertThat(records.problem()).contains("longer than " + CsvRecords.MAX_FIELD_BYTES);
    assertThat(records.next()).isTrue();
    assertThat(records.problem()).contains("longer than");
    assertThat(records.next()).isTrue();
    assertThat(records.fields()).containsExactly("b", "c");
    assertThat(records.problem()).isNull();
  }

  @Test
  void a_record_of_too_many_fields_keeps_the_first_ones_and_the_next_record_reads_normally()
      throws IOException {
    CsvRecords records = reader(",".repeat(100_000) + "\nb,c");

    assertThat(records.next()).isTrue();
    assertThat(records.fields()).hasSize(CsvRecords.MAX_FIELDS);
    assertThat(records.problem()).isEqualTo("has more than " + CsvRecords.MAX_FIELDS + " fields");
    assertThat(records.next()).isTrue();
    assertThat(records.fields()).containsExactly("b", "c");
    assertThat(records.problem()).isNull();
  }

  @Test
  void a_quoted_field_open_at_the_end_of_the_body_breaks_the_body() throws IOException {
    CsvRecords records = reader("a,b\n\"c,d\ne,f\n");

    assertThat(records.next()).isTrue();
    assertThatThrownBy(records::next)
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("ends inside a quoted field");
  }

  @Test
  void records_read_the_same_when_the_body_arrives_one_byte_at_a_time() throws IOException {
    String body = "\uFEFFa,\"b\r\nc\"\r\nd,e\r\n\"f\"\"\",g\rh";
    List<List<String>> whole = new ArrayList<>();
    List<List<String>> trickled = new ArrayList<>();
    readAll(reader(body), whole);
    readAll(new CsvRecords(new OneByteAtATime(bytes(body))), trickled);

    assertThat(trickled)
        .isEqualTo(whole)
        .containsExactly(
            List.of("a", "b\r\nc"), List.of("d", "e"), List.of("f\"", "g"), List.of("h"));
  }

  private static List<List<String>> records(String body) throws IOException {
    List<List<String>> records = new ArrayList<>();
    readAll(reader(body), records);
    return records;
  }

  private static void readAll(CsvRecords records, List<List<String>> into) throws IOException {
    while (records.next()) {
      assertThat(records.problem()).isNull();
      into.add(List.copyOf(records.fields()));
    }
  }

  private static CsvRecords reader(String body) {
    return new CsvRecords(new ByteArrayInputStream(bytes(body)));
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** A body arriving in the smallest pieces a network can deliver. */
  private static final class OneByteAtATime extends InputStream {
    private final byte[] bytes;
    private int next;

    OneByteAtATime(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int b = read();
      if (b < 0) {
        return -1;
      }
      buffer[offset] = (byte) b;
      return 1;
    }
  }
}
