package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.PreconditionFailed;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void a_version_is_a_strong_quoted_tag() {
    assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
  }

  @Test
  void if_match_with_one_of_our_tags_expects_that_version() {
    assertThat(EntityTags.expectedVersion("\"3\"")).isEqualTo(OptionalInt.of(3));
    assertThat(EntityTags.expectedVersion("  \"12\" ")).isEqualTo(OptionalInt.of(12));
  }

  @Test
  void no_if_match_or_a_star_expects_no_particular_version() {
    assertThat(EntityTags.expectedVersion(null)).isEmpty();
    assertThat(EntityTags.expectedVersion("")).isEmpty();
    assertThat(EntityTags.expectedVersion("*")).isEmpty();
  }

  @Test
  void a_weak_tag_or_a_tag_that_is_no_version_can_never_match() {
    for (String tag : new String[] {"W/\"3\"", "\"abc\"", "\"0\"", "\"-1\"", "\"9999999999\""}) {
      assertThatThrownBy(() -> EntityTags.expectedVersion(tag))
          .as(tag)
          .isInstanceOf(PreconditionFailed.class);
    }
  }

  @Test
  void a_header_that_is_not_one_entity_tag_is_a_bad_request() {
    for (String header : new String[] {"3", "\"3", "\"1\", \"2\"", "W/3"}) {
      assertThatThrownBy(() -> EntityTags.expectedVersion(header))
          .as(header)
          .isInstanceOf(BadRequest.class);
    }
  }
}
