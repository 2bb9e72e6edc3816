package dev.pindex.web;

import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.User;
import dev.pindex.domain.port.in.GetUserUseCase;
import dev.pindex.domain.port.in.RegisterUserUseCase;
import dev.pindex.web.dto.CredentialsJson;
import dev.pindex.web.dto.UserJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;

/** Accounts: registration, and the caller's own account. */
public final class JavalinUserRoutes implements JavalinRoutes {

  static final String USERS = "/api/v1/users";
  static final String ME = USERS + "/me";

  private final RegisterUserUseCase registration;
  private final GetUserUseCase users;
  private final Authenticator authenticator;

  public JavalinUserRoutes(
      RegisterUserUseCase registration, GetUserUseCase users, Authenticator authenticator) {
    this.registration = Objects.requireNonNull(registration, "registration");
    this.users = Objects.requireNonNull(users, "users");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new ApiRoutes(routes).post(USERS, this::register).get(ME, this::me);
  }

  private void register(Context ctx) throws IOException {
    CredentialsJson body = RequestBodies.json(ctx, CredentialsJson.class);
    User user = registration.register(body.toRegisterCommand());
    // the account has no address of its own: its owner reads it as /users/me
    ctx.status(201).header("Location", ME).json(UserJson.from(user));
  }

  private void me(Context ctx) {
    Caller caller = authenticator.require(ctx);
    ctx.json(UserJson.from(users.get(caller.userId())));
  }
}
