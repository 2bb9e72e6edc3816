package dev.pindex.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row's fields, read as the types of the row's wire record. An empty field is absent
 * (null), like a missing JSON field; a field that does not convert is recorded as the row's
 * problem, in the words JSON rows use ("close must be a number"), and read as null.
 */
final class CsvFields {

  private final List<String> names;
  private final List<String> values;
  private final List<String> problems = new ArrayList<>(0);

  /** {@code names} are the header's column names, {@code values} the row's fields in that order. */
  CsvFields(List<String> names, List<String> values) {
    this.names = names;
    this.values = values;
  }

  String text(int column) {
    String value = values.get(column);
    return value.isEmpty() ? null : value;
  }

  BigDecimal decimal(int column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return refuse(column, "must be a number");
    }
  }

  Long integer(int column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      return refuse(column, "must be an integer");
    }
  }

  /** What the conversions refused so far, one message per field; empty when nothing was. */
  List<String> problems() {
    return problems;
  }

  private <T> T refuse(int column, String message) {
    problems.add(names.get(column) + " " + message);
    return null;
  }
}
