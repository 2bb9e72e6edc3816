package dev.pindex.reliability;

import java.util.List;
import java.util.regex.Pattern;

/** What a body must never show: SQL, driver text, Java class names, stack frames. */
final class Leaks {

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|COPY)\\b.*\\b(FROM|INTO|SET|WHERE)\\b"),
          Pattern.compile("(?i)ON CONFLICT|pg_temp|_staging|SQLState|SQLException|PSQL"),
          Pattern.compile("(?i)org\\.postgresql|ERROR:|duplicate key value|violates|relation \""),
          Pattern.compile("Exception|com\\.fasterxml|dev\\.pindex|java\\.|javax\\.|org\\.apache"),
          Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*"),
          Pattern.compile("\\bat [a-z][\\w$]*\\.[\\w$.]+\\(|\\.java:\\d+|Caused by:|Source:"));

  private Leaks() {}

  /** The patterns {@code body} matches; empty when it shows no internals. */
  static List<String> in(String body) {
    return PATTERNS.stream().filter(p -> p.matcher(body).find()).map(Pattern::pattern).toList();
  }
}
