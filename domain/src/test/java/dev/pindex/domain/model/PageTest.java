package dev.pindex.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void one_row_more_than_the_limit_is_dropped_and_says_that_more_exist() {
    Page<String> page = Page.fromOverfetch(List.of("a", "b", "c"), 2);

    assertThat(page.items()).containsExactly("a", "b");
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void up_to_the_limit_rows_are_the_last_page() {
    assertThat(Page.fromOverfetch(List.of("a", "b"), 2))
        .isEqualTo(new Page<>(List.of("a", "b"), false));
    assertThat(Page.fromOverfetch(List.of(), 2).hasMore()).isFalse();
  }

  @Test
  void a_page_keeps_its_own_copy_of_the_rows() {
    List<String> rows = new ArrayList<>(List.of("a", "b", "c"));
    Page<String> page = Page.fromOverfetch(rows, 2);

    rows.clear();

    assertThat(page.items()).containsExactly("a", "b");
  }
}
