package dev.pindex.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Client-safe descriptions of Jackson's failures. Jackson's own messages may quote the input or
 * name Java classes, so they are never sent; what is sent is built from the failure's kind, the
 * JSON path of the offending field ({@code items[2].weight}) and the parse location.
 */
final class JsonErrors {

  private JsonErrors() {}

  /** The field path of a mapping failure, empty when the value as a whole was wrong. */
  static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(
            reference ->
                reference.getFieldName() != null
                    ? "." + reference.getFieldName()
                    : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  /** What the value at {@link #path} should have been, as a predicate: "must be a number". */
  static String expectation(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + kindOf(mismatch.getTargetType());
    }
    return "could not be read";
  }

  /** One row's problem in a bulk body: "close must be a number", or what the row itself lacks. */
  static String rowMessage(JsonMappingException e) {
    String path = path(e);
    return path.isEmpty() ? "must be a JSON object" : path + " " + expectation(e);
  }

  /** Where the body stopped being JSON; line and column are safe to show, the text is not. */
  static String syntaxDetail(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String where =
        location == null || location.getLineNr() < 1
            ? ""
            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    return "The body is not well-formed JSON" + where + ".";
  }

  private static String kindOf(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Long.class
        || type == long.class
        || type == Integer.class
        || type == int.class
        || type == BigInteger.class) {
      return "an integer";
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "a JSON object";
  }
}
