package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check every end-to-end answer passes through must catch what it claims to catch. */
class ReplyLeakCheckTest {

  @Test
  void sql_driver_messages_class_names_and_stack_traces_are_caught() {
    assertThat(Reply.internalsShownIn("{\"detail\":\"SELECT id FROM assets WHERE symbol = ?\"}"))
        .isNotEmpty();
    assertThat(
            Reply.internalsShownIn(
                "ERROR: duplicate key value violates unique constraint \\\"uq_assets_symbol\\\""))
        .isNotEmpty();
    assertThat(Reply.internalsShownIn("INSERT INTO prices (asset_id) VALUES (1)")).isNotEmpty();
    assertThat(Reply.internalsShownIn("org.postgresql.util.PSQLException: broken")).isNotEmpty();
    assertThat(Reply.internalsShownIn("failed in dev.pindex.web.dto.NewAssetJson")).isNotEmpty();
    assertThat(Reply.internalsShownIn("Cannot invoke toCommand() on null")).isEmpty();
    assertThat(Reply.internalsShownIn("java.lang.NullPointerException")).isNotEmpty();
    assertThat(Reply.internalsShownIn("\\tat io.javalin.Handler.handle(Handler.java:12)"))
        .isNotEmpty();
    assertThat(Reply.internalsShownIn("Unrecognized token (Source: REDACTED)")).isNotEmpty();
  }

  @Test
  void the_services_own_problem_details_pass() {
    for (String detail :
        new String[] {
          "{\"type\":\"/problems/conflict\",\"detail\":\"An asset with this symbol exists.\"}",
          "{\"detail\":\"1 row is invalid, so nothing was stored.\",\"errors\":[{\"row\":2,"
              + "\"message\":\"no asset has the symbol ABC.DE\"}]}",
          "{\"detail\":\"The body is not well-formed JSON (line 1, column 23).\"}",
          "{\"email\":\"first.last@e2e.pindex.test\",\"role\":\"user\"}",
          "{\"detail\":\"Rows refer to data deleted while they loaded, so nothing was stored.\"}"
        }) {
      assertThat(Reply.internalsShownIn(detail)).as(detail).isEmpty();
    }
  }
}
