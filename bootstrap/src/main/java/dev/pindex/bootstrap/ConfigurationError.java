package dev.pindex.bootstrap;

/**
 * The environment cannot start the service. The message names the variable and the problem and
 * never repeats a secret.
 */
public final class ConfigurationError extends RuntimeException {

  public ConfigurationError(String message) {
    super(message);
  }
}
