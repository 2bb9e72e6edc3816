package dev.pindex.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts failed logins per account and client address, and per address alone, in fixed windows that
 * start at a key's first failure (see {@link LoginLimits}). Past a limit, attempts are refused with
 * 429 before the password is even checked, so guessing costs the guesser time rather than the
 * server hashing work. The counters live in memory: each instance of the service counts its own.
 */
public final class LoginAttempts {

  /** Bounds memory when many addresses fail; the least used counters are dropped first. */
  private static final long MAX_TRACKED_KEYS = 100_000;

  private final LoginLimits limits;
  private final Ticker ticker;
  private final Cache<Key, Window> failures;

  public LoginAttempts(LoginLimits limits) {
    this(limits, Ticker.systemTicker());
  }

  LoginAttempts(LoginLimits limits, Ticker ticker) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.failures =
        Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED_KEYS)
            .ticker(ticker)
            .expireAfter(new UntilWindowEnds())
            .build();
  }

  /** Starts an attempt to log in as {@code email}; 429 when its account or address is spent. */
  Attempt begin(Context ctx, String email) {
    String address = clientAddress(ctx);
    String account = email.strip().toLowerCase(Locale.ROOT);
    Attempt attempt = new Attempt(new Key(account, address), new Key(null, address));
    long now = ticker.read();
    long waitNanos =
        Math.max(
            waitNanos(attempt.accountKey, limits.perAccountAndAddress(), now),
            waitNanos(attempt.addressKey, limits.perAddress(), now));
    if (waitNanos > 0) {
      throw new TooManyRequests(
          "Too many failed logins; try again later.", Duration.ofNanos(waitNanos));
    }
    return attempt;
  }

  private long waitNanos(Key key, int allowed, long now) {
    Window window = failures.getIfPresent(key);
    return window != null && window.count() >= allowed ? window.endsAtNanos() - now : 0;
  }

  private String clientAddress(Context ctx) {
    String forwarded = limits.trustForwardedFor() ? ctx.header("X-Forwarded-For") : null;
    if (forwarded == null || forwarded.isBlank()) {
      return ctx.ip();
    }
    return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
  }

  private void recordFailure(Key key) {
    failures
        .asMap()
        .compute(
            key,
            (k, window) ->
                window == null
                    ? new Window(1, ticker.read() + limits.window().toNanos())
                    : new Window(window.count() + 1, window.endsAtNanos()));
  }

  /** One login attempt's keys; the route reports how it ended. */
  final class Attempt {

    private final Key accountKey;
    private final Key addressKey;

    private Attempt(Key accountKey, Key addressKey) {
      this.accountKey = accountKey;
      this.addressKey = addressKey;
    }

    void failed() {
      recordFailure(accountKey);
      recordFailure(addressKey);
    }

    /**
     * Forgets this account's failures from this address. The address's own count stays: one known
     * password must not reset a spray over other accounts.
     */
    void succeeded() {
      failures.invalidate(accountKey);
    }
  }

  /** What failures are counted for: an account from an address, or (account null) an address. */
  private record Key(String account, String address) {}

  /** Failures counted so far in a window, and when (ticker time) the window closes. */
  private record Window(int count, long endsAtNanos) {}

  /** A window expires when it closes; further failures do not extend it. */
  private static final class UntilWindowEnds implements Expiry<Key, Window> {

    @Override
    public long expireAfterCreate(Key key, Window window, long currentTime) {
      return window.endsAtNanos() - currentTime;
    }

    @Override
    public long expireAfterUpdate(Key key, Window window, long currentTime, long currentDuration) {
      return window.endsAtNanos() - currentTime;
    }

    @Override
    public long expireAfterRead(Key key, Window window, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
