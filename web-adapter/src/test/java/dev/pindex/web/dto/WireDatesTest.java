package dev.pindex.web.dto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.ValidationFailed;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireDatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-27", "2024-02-29", "0001-01-01", "9999-12-31", "2000-01-03"})
  void a_real_date_written_yyyy_mm_dd_reads_as_that_date(String text) {
    assertThat(WireDates.parse(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2026-11-2",
        "2026-1-27",
        "26-11-27",
        "2026/11/27",
        "2026-11-27 ",
        " 2026-11-27",
        "2026-11-27T00:00",
        "+2026-11-27",
        "2026-13-01",
        "2026-00-10",
        "2026-02-29",
        "2026-04-31",
        "2026-11-00",
        "2026-1a-27",
        "2026-١١-27",
        "20261127"
      })
  void anything_else_is_refused_on_the_date_field(String text) {
    assertThatThrownBy(() -> WireDates.parse(text))
        .isInstanceOf(ValidationFailed.class)
        .hasMessage("must be a date YYYY-MM-DD");
  }
}
