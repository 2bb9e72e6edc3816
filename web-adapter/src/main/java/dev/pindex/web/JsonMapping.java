package dev.pindex.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;

/** The one JSON configuration of the API: snake_case names, ISO dates, exact decimals. */
public final class JsonMapping {

  /** For reading request bodies; an ObjectMapper is thread-safe once configured. */
  static final ObjectMapper BODIES = objectMapper();

  private JsonMapping() {}

  /**
   * NUMERIC columns hand values back at their column's scale (0.4 as 0.4000000000): answer with the
   * significant digits only, the same number the client sent.
   */
  private static final class SignificantDecimalSerializer extends StdSerializer<BigDecimal> {

    SignificantDecimalSerializer() {
      super(BigDecimal.class);
    }

    // what value.stripTrailingZeros().toPlainString() writes, with the zeros cut off the text
    // instead: stripTrailingZeros divides the number once per zero, and a price page writes a
    // thousand of them
    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      String plain = value.toPlainString();
      if (value.scale() <= 0) {
        generator.writeNumber(plain);
        return;
      }
      int end = plain.length();
      while (plain.charAt(end - 1) == '0') {
        end--;
      }
      if (plain.charAt(end - 1) == '.') {
        end--;
      }
      generator.writeNumber(end == plain.length() ? plain : plain.substring(0, end));
    }
  }

  public static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .addModule(new JavaTimeModule())
        .addModule(
            new SimpleModule("significant-decimals")
                .addSerializer(BigDecimal.class, new SignificantDecimalSerializer()))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // money-like numbers stay exact from the wire to NUMERIC and back
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // a wrong JSON type is a client error, never silently converted: 12.5 is no volume,
        // "12" is no number and 12 is no symbol
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(
            LogicalType.Textual,
            textual ->
                textual
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }
}
