package dev.pindex.web;

import dev.pindex.domain.model.Unauthenticated;
import dev.pindex.domain.model.User;
import dev.pindex.domain.port.in.AuthenticateCommand;
import dev.pindex.domain.port.in.AuthenticateUseCase;
import dev.pindex.web.dto.CredentialsJson;
import dev.pindex.web.dto.TokenJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;

/** Logins: e-mail and password in, a bearer token out, with failed attempts rate-limited. */
public final class JavalinTokenRoutes implements JavalinRoutes {

  static final String TOKEN = "/api/v1/auth/token";

  private final AuthenticateUseCase authentication;
  private final BearerTokens tokens;
  private final LoginAttempts attempts;

  public JavalinTokenRoutes(
      AuthenticateUseCase authentication, BearerTokens tokens, LoginAttempts attempts) {
    this.authentication = Objects.requireNonNull(authentication, "authentication");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new ApiRoutes(routes).post(TOKEN, this::issue);
  }

  private void issue(Context ctx) throws IOException {
    AuthenticateCommand command =
        RequestBodies.json(ctx, CredentialsJson.class).toAuthenticateCommand();
    LoginAttempts.Attempt attempt = attempts.begin(ctx, command.email());
    User user;
    try {
      user = authentication.authenticate(command);
    } catch (Unauthenticated e) {
      attempt.failed();
      throw e;
    }
    attempt.succeeded();
    // a token must not be kept by caches on the way (RFC 6749, section 5.1)
    ctx.header("Cache-Control", "no-store")
        .json(TokenJson.bearer(tokens.issue(user), tokens.lifetime().toSeconds()));
  }
}
