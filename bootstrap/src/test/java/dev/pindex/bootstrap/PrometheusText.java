package dev.pindex.bootstrap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus's text exposition format (version 0.0.4), for tests: no Java parser
 * of it exists. It checks what a Prometheus server would refuse: {@code # HELP} and {@code # TYPE}
 * lines, metric and label names, label syntax and escapes, sample values, that a family's samples
 * follow its {@code TYPE} line together and carry its name (plus {@code _count}, {@code _sum} or
 * {@code _bucket} where its type has them), and that no series appears twice.
 */
final class PrometheusText {

  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  // Go's ParseFloat, as Prometheus reads values; Java's would also take "1d" or "0x1p3"
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Set<String> TYPES =
      Set.of("counter", "gauge", "histogram", "summary", "untyped");

  record Sample(String name, Map<String, String> labels, double value) {}

  record Family(String name, String type, String help, List<Sample> samples) {

    /** The one sample of this name whose labels include the given ones. */
    Sample sample(String sampleName, Map<String, String> labels) {
      List<Sample> matching =
          samples.stream()
              .filter(s -> s.name().equals(sampleName))
              .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
              .toList();
      if (matching.size() != 1) {
        throw new AssertionError(
            matching.size() + " samples " + sampleName + labels + " in family " + name);
      }
      return matching.get(0);
    }
  }

  private PrometheusText() {}

  /** The families by name, in the order they appear; throws on the first malformed line. */
  static Map<String, Family> parse(String text) {
    if (!text.isEmpty() && !text.endsWith("\n")) {
      throw new IllegalArgumentException("the exposition must end with a line feed");
    }
    Map<String, Family> families = new LinkedHashMap<>();
    Map<String, String> help = new LinkedHashMap<>();
    Set<String> series = new HashSet<>();
    Family current = null;
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      String where = "line " + number + " '" + line + "': ";
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("# HELP ")) {
        String[] parts = line.substring(7).split(" ", 2);
        name(parts[0], METRIC_NAME, where);
        if (help.put(parts[0], parts.length > 1 ? unescapeHelp(parts[1], where) : "") != null) {
          throw new IllegalArgumentException(where + "a second HELP for " + parts[0]);
        }
      } else if (line.startsWith("# TYPE ")) {
        String[] parts = line.substring(7).split(" ");
        if (parts.length != 2 || !TYPES.contains(parts[1])) {
          throw new IllegalArgumentException(where + "TYPE needs a name and one of " + TYPES);
        }
        name(parts[0], METRIC_NAME, where);
        if (families.containsKey(parts[0])) {
          throw new IllegalArgumentException(where + "a second TYPE for " + parts[0]);
        }
        current = new Family(parts[0], parts[1], help.get(parts[0]), new ArrayList<>());
        families.put(parts[0], current);
      } else if (line.startsWith("#")) {
        continue; // a comment
      } else {
        Sample sample = sample(line, where);
        if (current == null || !belongsTo(sample.name(), current)) {
          throw new IllegalArgumentException(where + "a sample outside its family's block");
        }
        if (!series.add(sample.name() + sample.labels())) {
          throw new IllegalArgumentException(where + "the same series twice");
        }
        current.samples().add(sample);
      }
    }
    return families;
  }

  private static boolean belongsTo(String sampleName, Family family) {
    if (sampleName.equals(family.name())) {
      return true;
    }
    List<String> suffixes =
        switch (family.type()) {
          case "summary" -> List.of("_count", "_sum");
          case "histogram" -> List.of("_count", "_sum", "_bucket");
          default -> List.of();
        };
    return suffixes.stream().anyMatch(suffix -> sampleName.equals(family.name() + suffix));
  }

  /** {@code name[{label="value",...}] value [timestamp]}. */
  private static Sample sample(String line, String where) {
    int end = 0;
    while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
      end++;
    }
    String name = name(line.substring(0, end), METRIC_NAME, where);
    Map<String, String> labels = new LinkedHashMap<>();
    int at = end;
    if (at < line.length() && line.charAt(at) == '{') {
      at = labels(line, at + 1, labels, where);
    }
    if (at >= line.length() || line.charAt(at) != ' ') {
      throw new IllegalArgumentException(where + "a space must separate the value");
    }
    String[] rest = line.substring(at + 1).split(" ");
    if (rest.length > 2) {
      throw new IllegalArgumentException(where + "only a value and a timestamp may follow");
    }
    double value = value(rest[0], where);
    if (rest.length == 2) {
      try {
        Long.parseLong(rest[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "the timestamp is not an integer", e);
      }
    }
    return new Sample(name, labels, value);
  }

  /** Reads labels from just after the brace; returns the index after the closing brace. */
  private static int labels(String line, int at, Map<String, String> labels, String where) {
    while (true) {
      if (at >= line.length()) {
        throw new IllegalArgumentException(where + "the labels are not closed");
      }
      if (line.charAt(at) == '}') {
        return at + 1;
      }
      int equals = line.indexOf('=', at);
      if (equals < 0 || equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
        throw new IllegalArgumentException(where + "a label needs name=\"value\"");
      }
      String name = name(line.substring(at, equals), LABEL_NAME, where);
      StringBuilder value = new StringBuilder();
      int i = equals + 2;
      for (; i < line.length() && line.charAt(i) != '"'; i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          char escaped = i + 1 < line.length() ? line.charAt(++i) : ' ';
          switch (escaped) {
            case '\\', '"' -> value.append(escaped);
            case 'n' -> value.append('\n');
            default -> throw new IllegalArgumentException(where + "a bad escape in " + name);
          }
        } else {
          value.append(c);
        }
      }
      if (i >= line.length()) {
        throw new IllegalArgumentException(where + "the value of " + name + " is not closed");
      }
      if (labels.put(name, value.toString()) != null) {
        throw new IllegalArgumentException(where + "the label " + name + " twice");
      }
      at = i + 1;
      if (at < line.length() && line.charAt(at) == ',') {
        at++;
      } else if (at >= line.length() || line.charAt(at) != '}') {
        throw new IllegalArgumentException(where + "labels are separated by commas");
      }
    }
  }

  private static double value(String text, String where) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        if (!NUMBER.matcher(text).matches()) {
          throw new IllegalArgumentException(where + "the value is not a number");
        }
        yield Double.parseDouble(text);
      }
    };
  }

  private static String unescapeHelp(String text, String where) {
    if (text.replace("\\\\", "").replace("\\n", "").contains("\\")) {
      throw new IllegalArgumentException(where + "HELP may only escape \\\\ and \\n");
    }
    return text.replace("\\n", "\n").replace("\\\\", "\\");
  }

  private static String name(String name, Pattern valid, String where) {
    if (!valid.matcher(name).matches()) {
      throw new IllegalArgumentException(where + "'" + name + "' is not a valid name");
    }
    return name;
  }
}
