package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.TestData.admin;
import static dev.pindex.domain.testdata.TestData.user;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void an_admin_may_write_market_data() {
    assertThatCode(() -> admin().requireAdmin()).doesNotThrowAnyException();
  }

  @Test
  void a_user_may_not_write_market_data() {
    assertThatThrownBy(() -> user(7).requireAdmin()).isInstanceOf(Forbidden.class);
  }
}
