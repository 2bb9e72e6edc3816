package dev.pindex.web;

import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.User;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Bearer tokens for route tests, issued with the same key the server under test checks. */
final class TestTokens {

  static final byte[] KEY =
      "route-tests-signing-key-of-32+-bytes".getBytes(StandardCharsets.US_ASCII);
  static final byte[] CURSOR_SECRET =
      "route-tests-cursor-secret-32+-bytes".getBytes(StandardCharsets.US_ASCII);
  static final BearerTokens TOKENS = new BearerTokens(KEY);
  static final Authenticator AUTHENTICATOR = new Authenticator(TOKENS);
  static final CursorCodec CURSORS = new CursorCodec(CURSOR_SECRET);

  static final long USER_ID = 7;
  static final long ADMIN_ID = 1;

  private TestTokens() {}

  static User user(long id, Role role) {
    return new User(
        id, new Email("user" + id + "@example.com"), role, Instant.parse("2026-01-02T03:04:05Z"));
  }

  /** The {@code Authorization} header and value for an ordinary user, as header arguments. */
  static String[] asUser() {
    return bearer(TOKENS.issue(user(USER_ID, Role.USER)));
  }

  static String[] asAdmin() {
    return bearer(TOKENS.issue(user(ADMIN_ID, Role.ADMIN)));
  }

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /**
   * The token with one character of its signature replaced. A character well inside it: the last
   * one also carries padding bits, and changing only those leaves the signature's bytes the same.
   */
  static String withSignatureChanged(String token) {
    int at = token.lastIndexOf('.') + 10;
    char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
    return token.substring(0, at) + replacement + token.substring(at + 1);
  }
}
