package dev.pindex.bootstrap;

import java.time.Duration;
import java.util.Map;

/** Typed reads of environment variables, failing with a message that names the variable. */
final class Environment {

  private Environment() {}

  /** The value, or null when unset or blank (a blank variable is treated as absent). */
  static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String value(Map<String, String> env, String name, String fallback) {
    String value = value(env, name);
    return value != null ? value : fallback;
  }

  static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
    return (int) wholeNumber(env, name, fallback, min, max);
  }

  static long wholeNumber(Map<String, String> env, String name, long fallback, long min, long max) {
    String value = value(env, name);
    if (value == null) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed < min || parsed > max) {
        throw new ConfigurationError(
            name + " is " + parsed + ": it must lie between " + min + " and " + max);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new ConfigurationError(name + " '" + value + "' is not a whole number");
    }
  }

  static boolean flag(Map<String, String> env, String name, boolean fallback) {
    String value = value(env, name);
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new ConfigurationError(name + " '" + value + "' is not true or false");
    };
  }

  static Duration seconds(Map<String, String> env, String name, Duration fallback, int min) {
    String value = value(env, name);
    if (value == null) {
      return fallback;
    }
    return Duration.ofSeconds(integer(env, name, 0, min, 7 * 24 * 3600));
  }
}
