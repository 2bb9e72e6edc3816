package dev.pindex.web;

import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Unauthenticated;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a request's {@code Authorization: Bearer <token>} into the domain's {@link Caller}. Routes
 * that need an account call {@link #require}; what the caller may do is the use case's decision.
 */
public final class Authenticator {

  private static final String SCHEME = "bearer ";

  private final BearerTokens tokens;

  public Authenticator(BearerTokens tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /** The authenticated caller; {@link Unauthenticated} (401) without a valid bearer token. */
  Caller require(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      throw new Unauthenticated("A bearer token is required.");
    }
    String value = authorization.strip();
    if (!value.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      throw new Unauthenticated("The Authorization header must carry a Bearer token.");
    }
    return tokens.verify(value.substring(SCHEME.length()).strip());
  }
}
