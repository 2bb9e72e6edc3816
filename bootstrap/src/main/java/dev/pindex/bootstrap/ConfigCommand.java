package dev.pindex.bootstrap;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pindex config}: every setting the service would start with, one per line, as {@link
 * AppConfig} and its parts print themselves: with passwords and keys masked.
 */
@Command(
    name = "config",
    description =
        "Prints the effective configuration from the environment, with passwords and keys masked.")
final class ConfigCommand implements Callable<Integer> {

  private final Map<String, String> env;
  @Spec private CommandSpec spec;

  ConfigCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IllegalAccessException, InvocationTargetException {
    AppConfig config = AppConfig.from(env);
    PrintWriter out = spec.commandLine().getOut();
    for (RecordComponent setting : AppConfig.class.getRecordComponents()) {
      out.println(setting.getName() + ": " + setting.getAccessor().invoke(config));
    }
    return 0;
  }
}
