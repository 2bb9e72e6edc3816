package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The test parser must refuse what Prometheus would refuse, or the scrape tests prove nothing. */
class PrometheusTextTest {

  @Test
  void reads_families_samples_labels_and_escapes() {
    var families =
        PrometheusText.parse(
            """
            # HELP http_seconds Time \\\\ spent.
            # TYPE http_seconds summary
            http_seconds{route="/a/{id}",quote="say \\"hi\\"",quantile="0.5"} 1.5E-3
            http_seconds_count{route="/a/{id}",quote="say \\"hi\\""} 3
            # TYPE up gauge
            up NaN 1700000000000
            """);

    var summary = families.get("http_seconds");
    assertThat(summary.type()).isEqualTo("summary");
    assertThat(summary.help()).isEqualTo("Time \\ spent.");
    assertThat(summary.sample("http_seconds_count", Map.of("quote", "say \"hi\"")).value())
        .isEqualTo(3);
    assertThat(summary.sample("http_seconds", Map.of("route", "/a/{id}")).value())
        .isEqualTo(0.0015);
    assertThat(families.get("up").samples()).hasSize(1);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("up 1", "a sample outside its family"),
        Arguments.of("# TYPE up gauge\nup{a=1} 1", "a label needs name=\"value\""),
        Arguments.of("# TYPE up gauge\nup{a=\"1\" b=\"2\"} 1", "labels are separated by commas"),
        Arguments.of("# TYPE up gauge\nup{a=\"1\"} one", "the value is not a number"),
        Arguments.of("# TYPE up gauge\nup 1d", "the value is not a number"),
        Arguments.of("# TYPE up gauge\nup 1\nup 2", "the same series twice"),
        Arguments.of("# TYPE up gauge\ndown 1", "a sample outside its family"),
        Arguments.of("# TYPE up gauge\nup_count 1", "a sample outside its family"),
        Arguments.of("# TYPE up gauge\n# TYPE up counter", "a second TYPE"),
        Arguments.of("# TYPE up meter", "TYPE needs a name"),
        Arguments.of("# TYPE 1up gauge", "is not a valid name"),
        Arguments.of("# TYPE up gauge\nup{a=\"x\\q\"} 1", "a bad escape"),
        Arguments.of("# TYPE up gauge\nup{a=\"1\",a=\"2\"} 1", "the label a twice"),
        Arguments.of("# TYPE up gauge\nup", "a space must separate the value"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("malformed")
  void refuses_malformed_expositions(String text, String problem) {
    assertThatThrownBy(() -> PrometheusText.parse(text + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
  }
}
