package dev.pindex.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.Unauthenticated;
import dev.pindex.domain.model.User;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * Issues and checks the API's bearer tokens: JWTs signed with HS256 under a server key, carrying
 * {@code sub} (the user id), {@code role}, {@code iat}, {@code exp} and {@code iss = "pindex"}. The
 * role is read from the token, so a demotion takes effect when the caller's token expires.
 */
public final class BearerTokens {

  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  /** HS256 needs a key at least as long as its 256-bit output. */
  public static final int MIN_KEY_BYTES = 32;

  static final String ISSUER = "pindex";
  private static final String ROLE_CLAIM = "role";

  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Duration lifetime;
  private final Clock clock;

  /** Tokens valid for {@link #DEFAULT_LIFETIME}. */
  public BearerTokens(byte[] key) {
    this(key, DEFAULT_LIFETIME);
  }

  /** {@code key}: at least 32 random bytes, the same on every instance serving the API. */
  public BearerTokens(byte[] key, Duration lifetime) {
    this(key, lifetime, Clock.systemUTC());
  }

  BearerTokens(byte[] key, Duration lifetime, Clock clock) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lifetime, "lifetime");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the token key needs at least " + MIN_KEY_BYTES + " bytes");
    }
    if (lifetime.toSeconds() < 1) {
      throw new IllegalArgumentException("tokens must live at least one second");
    }
    try {
      this.signer = new MACSigner(key.clone());
      this.verifier = new MACVerifier(key.clone());
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the token key is unusable for HS256", e);
    }
    this.lifetime = lifetime;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** How long an issued token stays valid. */
  public Duration lifetime() {
    return lifetime;
  }

  /** A signed token for this account, valid for {@link #lifetime()} from now. */
  public String issue(User user) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(Long.toString(user.id()))
            .claim(ROLE_CLAIM, user.role().id())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .build();
    SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      token.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
    return token.serialize();
  }

  /**
   * The caller a token stands for; {@link Unauthenticated} for anything but an unexpired HS256
   * token this server signed. Why a token failed is not told: it would only help a forger.
   */
  public Caller verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      // only our algorithm: never "none", never a key confusion with another one
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        throw invalid();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      String role = claims.getStringClaim(ROLE_CLAIM);
      if (!ISSUER.equals(claims.getIssuer())
          || expires == null
          || !expires.toInstant().isAfter(clock.instant())
          || role == null) {
        throw invalid();
      }
      return new Caller(Long.parseLong(claims.getSubject()), Role.fromId(role));
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      // unparsable, or well signed but with a subject or role we never write
      throw invalid();
    }
  }

  private static Unauthenticated invalid() {
    return new Unauthenticated("The bearer token is invalid or has expired.");
  }
}
