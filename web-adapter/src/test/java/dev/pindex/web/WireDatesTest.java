package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.web.dto.WireDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WireDatesTest {

  @Test
  void dates_from_the_first_to_the_last_four_digit_year_are_read() {
    assertThat(WireDates.parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(WireDates.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void year_zero_a_day_that_does_not_exist_and_other_shapes_are_refused() {
    for (String text :
        new String[] {"0000-01-01", "0000-12-31", "2026-02-30", "2026-1-1", "+2026-01-01", ""}) {
      assertThatThrownBy(() -> WireDates.parse(text)).as(text).isInstanceOf(ValidationFailed.class);
    }
  }
}
