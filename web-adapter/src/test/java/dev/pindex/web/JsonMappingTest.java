package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonMappingTest {

  @Test
  void decimals_are_written_with_their_significant_digits_only() throws JsonProcessingException {
    String[][] cases = {
      {"0.4000000000", "0.4"},
      {"45.123456", "45.123456"},
      {"10.000000", "10"},
      {"-12.500", "-12.5"},
      {"0.000", "0"},
      {"100", "100"},
      {"1E+3", "1000"},
      {"0.0000001000", "0.0000001"}
    };
    for (String[] decimal : cases) {
      BigDecimal value = new BigDecimal(decimal[0]);
      String written = JsonMapping.objectMapper().writeValueAsString(value);
      assertThat(written).as(decimal[0]).isEqualTo(decimal[1]);
      assertThat(written).as(decimal[0]).isEqualTo(value.stripTrailingZeros().toPlainString());
    }
  }
}
