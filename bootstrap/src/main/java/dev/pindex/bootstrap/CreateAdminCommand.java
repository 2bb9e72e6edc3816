package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.PlainPassword;
import dev.pindex.domain.model.User;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.port.in.RegisterUserCommand;
import dev.pindex.persistence.LiquibaseMigrations;
import dev.pindex.security.Argon2idPasswordHasher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pindex create-admin --email E}: creates the account as an admin, or promotes it and sets
 * its password. The password comes from {@code ADMIN_PASSWORD} or the first line of standard input,
 * never from an argument, which other users of the machine could read in the process list.
 */
@Command(
    name = "create-admin",
    description = {
      "Creates an admin account, or promotes an existing one and sets its password.",
      "The password is read from ADMIN_PASSWORD, else from the first line of standard input."
    })
final class CreateAdminCommand implements Callable<Integer> {

  private final Map<String, String> env;
  private final InputStream in;
  @Spec private CommandSpec spec;

  @Option(
      names = "--email",
      required = true,
      paramLabel = "E",
      description = "the account's e-mail")
  private String email;

  CreateAdminCommand(Map<String, String> env, InputStream in) {
    this.env = env;
    this.in = in;
  }

  @Override
  public Integer call() {
    RegisterUserCommand account = account(password());
    // ADMIN_EMAIL and ADMIN_PASSWORD otherwise name the start-up admin, which must come in pairs;
    // this command names its own account
    Map<String, String> serviceEnv = new HashMap<>(env);
    serviceEnv.remove("ADMIN_EMAIL");
    serviceEnv.remove("ADMIN_PASSWORD");
    AppConfig config = AppConfig.from(serviceEnv);
    User admin;
    try (Database database = Database.openForCommand(config)) {
      new LiquibaseMigrations(database.pool()).migrate();
      admin =
          Persistence.postgres(database.pool(), new MetricRegistry(), config.logging().statements())
              .accounts(new Argon2idPasswordHasher())
              .ensureAdmin(account);
    }
    spec.commandLine().getOut().println("admin account " + admin.email().value() + " is ready");
    return 0;
  }

  private String password() {
    String fromEnv = env.get("ADMIN_PASSWORD");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    try {
      String line =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "No password: set ADMIN_PASSWORD or write it on standard input");
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the password from standard input", e);
    }
  }

  /** The account as the domain checks it; a refusal names the field, never the password. */
  private RegisterUserCommand account(String password) {
    try {
      return new RegisterUserCommand(new Email(email), new PlainPassword(password));
    } catch (ValidationFailed e) {
      var violation = e.violations().get(0);
      throw new ParameterException(
          spec.commandLine(), "The " + violation.field() + " " + violation.message());
    }
  }
}
