package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.TestData.day;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateRangeTest {

  @Test
  void a_range_of_one_day_is_accepted() {
    DateRange oneDay = new DateRange(day("2026-11-28"), day("2026-11-28"));
    assertThat(oneDay.from()).isEqualTo(oneDay.to());
  }

  @Test
  void from_after_to_is_refused() {
    assertRefused("from", () -> new DateRange(day("2026-11-29"), day("2026-11-28")));
    assertRefused("from", () -> DateRange.between(day("2026-11-29"), day("2026-11-28")));
  }

  @Test
  void open_ends_default_to_the_widest_dates_stored() {
    assertThat(DateRange.between(null, day("2026-11-28")))
        .isEqualTo(new DateRange(DateRange.EARLIEST, day("2026-11-28")));
    assertThat(DateRange.between(day("2026-11-28"), null))
        .isEqualTo(new DateRange(day("2026-11-28"), DateRange.LATEST));
    assertThat(DateRange.between(null, null)).isEqualTo(DateRange.all());
  }
}
