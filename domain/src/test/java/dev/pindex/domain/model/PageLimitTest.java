package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLimitTest {

  @Test
  void no_requested_limit_gives_the_collections_default() {
    assertThat(PageLimit.of(null, Page.DEFAULT_LIMIT, Page.MAX_LIMIT).value()).isEqualTo(100);
    assertThat(PageLimit.of(null, Page.DEFAULT_PRICE_LIMIT, Page.MAX_PRICE_LIMIT).value())
        .isEqualTo(1000);
  }

  @Test
  void a_limit_from_1_to_the_maximum_is_accepted() {
    assertThat(PageLimit.of(1, Page.DEFAULT_LIMIT, Page.MAX_LIMIT).value()).isEqualTo(1);
    assertThat(PageLimit.of(1000, Page.DEFAULT_LIMIT, Page.MAX_LIMIT).value()).isEqualTo(1000);
    assertThat(PageLimit.of(10_000, Page.DEFAULT_PRICE_LIMIT, Page.MAX_PRICE_LIMIT).value())
        .isEqualTo(10_000);
  }

  @Test
  void a_limit_below_1_or_above_the_maximum_is_refused() {
    assertRefused("limit", () -> PageLimit.of(0, Page.DEFAULT_LIMIT, Page.MAX_LIMIT));
    assertRefused("limit", () -> PageLimit.of(1001, Page.DEFAULT_LIMIT, Page.MAX_LIMIT));
    assertRefused("limit", () -> new PageLimit(0));
  }
}
