package dev.pindex.bootstrap;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the test classes that extend with it one {@link RunningService} for the whole test JVM:
 * started by the first class that asks, closed by JUnit when every class has run. Each start costs
 * seconds; each test owns its rows instead.
 *
 * <p>Failed logins are limited to {@value #MAX_FAILURES_PER_ACCOUNT} per account (the login-limit
 * test reaches that); the per-address limit is set high, since every test logs in from loopback and
 * its own wrong-password checks must not lock the others out. The per-address limit is shown on a
 * separate instance ({@link LimitsAndEmptyDatabaseEndToEndTest}).
 */
final class SharedService implements ParameterResolver {

  static final int MAX_FAILURES_PER_ACCOUNT = 3;
  static final long LOGIN_WINDOW_S = 900;

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedService.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunningService.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            RunningService.class,
            type ->
                RunningService.start(
                    Map.of(
                        "LOGIN_MAX_FAILURES_PER_ACCOUNT",
                        Integer.toString(MAX_FAILURES_PER_ACCOUNT),
                        "LOGIN_MAX_FAILURES_PER_ADDRESS",
                        "100000",
                        "LOGIN_WINDOW_S",
                        Long.toString(LOGIN_WINDOW_S))),
            RunningService.class);
  }
}
