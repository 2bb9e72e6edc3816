package dev.pindex.reliability;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reading answers and writing small request bodies. */
final class Json {

  static final String PROBLEM = "application/problem+json";

  /** Exact decimals: what the server wrote, not what a double makes of it. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Json() {}

  static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + abbreviate(text), e);
    }
  }

  static String credentials(String email, String password) {
    return MAPPER.createObjectNode().put("email", email).put("password", password).toString();
  }

  static String quote(String text) {
    return MAPPER.getNodeFactory().textNode(text).toString();
  }

  static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + ")";
  }
}
