package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service's Logback configurations, read as they are at start: logback.xml, and
 * logback-json.xml, which {@code LOG_FORMAT=json} chooses.
 */
class LogFormatTest {

  @Test
  void json_format_writes_one_json_object_per_line_with_the_mdc_and_the_formatted_message()
      throws IOException, JoranException {
    byte[] line = encode(configured("json"), Map.of("request_id", "req-7", "user_id", "42"));

    String text = new String(line, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\n{");
    JsonNode json = new ObjectMapper().readTree(text);
    assertThat(json.get("level").asText()).isEqualTo("INFO");
    assertThat(json.get("loggerName").asText()).isEqualTo("dev.pindex.access");
    assertThat(json.get("formattedMessage").asText()).isEqualTo("GET /api/v1/users/me 200 1.5ms");
    assertThat(json.at("/mdc/request_id").asText()).isEqualTo("req-7");
    assertThat(json.at("/mdc/user_id").asText()).isEqualTo("42");
  }

  @Test
  void text_format_is_the_default_and_appends_the_ids_it_has() throws JoranException {
    LoggerContext text = configured(null);

    assertThat(new String(encode(text, Map.of("request_id", "req-7", "user_id", "42"))))
        .contains(" INFO  ", "dev.pindex.access - GET /api/v1/users/me 200 1.5ms")
        .endsWith("request_id=req-7 user_id=42" + System.lineSeparator());
    assertThat(new String(encode(text, Map.of())))
        .endsWith("1.5ms" + System.lineSeparator())
        .doesNotContain("request_id", "user_id");
  }

  /** A fresh context configured as the service starts with this LOG_FORMAT (null: unset). */
  private static LoggerContext configured(String logFormat) throws JoranException {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    Map<String, String> env = logFormat == null ? Map.of() : Map.of("LOG_FORMAT", logFormat);
    configurator.doConfigure(
        LogFormatTest.class.getResource("/" + LogSettings.configurationFile(env)));
    return context;
  }

  private static byte[] encode(LoggerContext context, Map<String, String> mdc) {
    Logger access = context.getLogger("dev.pindex.access");
    LoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(),
            access,
            Level.INFO,
            "GET {} 200 {}ms",
            null,
            new Object[] {"/api/v1/users/me", "1.5"});
    event.setMDCPropertyMap(mdc);
    @SuppressWarnings("unchecked")
    var console =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
    return console.getEncoder().encode(event);
  }
}
