package dev.pindex.web;

import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Unauthenticated;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.MDC;

/**
 * Turns a request's {@code Authorization: Bearer <token>} into the domain's {@link Caller}. Routes
 * that need an account call {@link #require}; what the caller may do is the use case's decision.
 * The caller's user id goes into the logging MDC, so the access line and every later line of the
 * request name it.
 */
public final class Authenticator {

  static final String USER_ID_MDC_KEY = "user_id";
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
    Caller caller = tokens.verify(value.substring(SCHEME.length()).strip());
    MDC.put(USER_ID_MDC_KEY, Long.toString(caller.userId()));
    return caller;
  }
}
