package dev.pindex.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed logins are tolerated before {@code POST /auth/token} answers 429.
 *
 * @param perAccountAndAddress failures allowed for one e-mail from one client address per window:
 *     stops guessing one account's password without letting anyone else lock its owner out
 * @param perAddress failures allowed from one client address per window, whatever the e-mails:
 *     stops one client from spraying passwords over many accounts
 * @param window how long failures are remembered, counted from the first failure of a window
 * @param trustForwardedFor take the client address from the last {@code X-Forwarded-For} entry, the
 *     one a reverse proxy in front of the service appends; only when such a proxy is there, since a
 *     client can otherwise write the header itself
 */
public record LoginLimits(
    int perAccountAndAddress, int perAddress, Duration window, boolean trustForwardedFor) {

  /** 5 failures per account and address, 20 per address, per 15 minutes; no proxy trusted. */
  public static final LoginLimits DEFAULTS = new LoginLimits(5, 20, Duration.ofMinutes(15), false);

  public LoginLimits {
    Objects.requireNonNull(window, "window");
    if (perAccountAndAddress < 1 || perAddress < 1) {
      throw new IllegalArgumentException("at least one failure must be allowed");
    }
    if (window.toSeconds() < 1) {
      throw new IllegalArgumentException("the window must last at least a second");
    }
  }
}
