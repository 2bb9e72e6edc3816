package dev.pindex.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dropwizard metrics have names but no labels, so a labelled series is registered under a name that
 * writes its labels the way Prometheus does: {@code
 * pindex.http.requests{method="GET",route="/api/v1/assets/{symbol}",status="2xx"}}. The JSON view
 * shows that name as it is; the Prometheus exposition reads the labels back out of it (see {@link
 * PrometheusExposition}). Label values must not contain a double quote.
 */
final class LabelledName {

  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private LabelledName() {}

  /** The name of one series of {@code family}, with its labels in the given order. */
  static String of(String family, Map<String, String> labels) {
    List<String> pairs = new ArrayList<>();
    labels.forEach(
        (name, value) -> {
          if (value.indexOf('"') >= 0) {
            throw new IllegalArgumentException("label " + name + " has a double quote: " + value);
          }
          pairs.add(name + "=\"" + value + "\"");
        });
    return family + "{" + String.join(",", pairs) + "}";
  }

  static boolean isLabelled(String name) {
    return name.endsWith("}") && name.indexOf('{') > 0;
  }

  /** The family of a labelled name: what comes before the labels. */
  static String family(String name) {
    return name.substring(0, name.indexOf('{'));
  }

  /** The labels of a labelled name, in the order they were written. */
  static Map<String, String> labels(String name) {
    Map<String, String> labels = new LinkedHashMap<>();
    Matcher label = LABEL.matcher(name.substring(name.indexOf('{')));
    while (label.find()) {
      labels.put(label.group(1), label.group(2));
    }
    return labels;
  }
}
