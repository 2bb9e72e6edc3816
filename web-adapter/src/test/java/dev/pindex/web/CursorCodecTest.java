package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

  private final CursorCodec codec =
      new CursorCodec("cursor-tests-secret-of-32-or-more-bytes".getBytes(StandardCharsets.UTF_8));

  @Test
  void a_cursor_gives_back_its_key_for_the_same_collection() {
    String cursor = codec.encode("assets", "BRK.B");

    assertThat(codec.decode("assets", cursor)).isEqualTo("BRK.B");
    assertThat(cursor).doesNotContain("BRK").matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  }

  @Test
  void a_cursor_with_another_key_under_the_old_signature_is_refused() {
    String cursor = TestCursors.withPayload(codec.encode("assets", "AAPL"), "ZZZ");

    assertRefused("assets", cursor);
  }

  @Test
  void a_cursor_of_another_collection_or_another_secret_is_refused() {
    var otherSecret =
        new CursorCodec("another-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8));

    assertRefused("prices", codec.encode("assets", "AAPL"));
    assertRefused("assets", otherSecret.encode("assets", "AAPL"));
  }

  @Test
  void garbage_is_refused_as_a_bad_request_naming_the_cursor() {
    for (String garbage : new String[] {"", ".", "abc", "a.b", "!!.??", "x".repeat(600)}) {
      assertRefused("assets", garbage);
    }
  }

  @Test
  void a_secret_shorter_than_32_bytes_is_refused() {
    assertThatThrownBy(() -> new CursorCodec(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void assertRefused(String collection, String cursor) {
    assertThatThrownBy(() -> codec.decode(collection, cursor))
        .isInstanceOfSatisfying(
            BadRequest.class,
            bad ->
                assertThat(bad.errors())
                    .extracting(Problem.Error::field)
                    .containsExactly("cursor"));
  }
}
