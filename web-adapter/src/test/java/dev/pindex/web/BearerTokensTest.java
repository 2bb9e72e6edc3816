package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-28T09:15:00Z");
  private final BearerTokens tokens =
      new BearerTokens(TestTokens.KEY, Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void a_token_issued_for_a_user_verifies_to_that_caller() {
    String token = tokens.issue(TestTokens.user(42, Role.ADMIN));

    assertThat(tokens.verify(token)).isEqualTo(new Caller(42, Role.ADMIN));
  }

  @Test
  void a_token_carries_subject_role_issuer_and_its_lifetime() throws Exception {
    var claims = SignedJWT.parse(tokens.issue(TestTokens.user(42, Role.USER))).getJWTClaimsSet();

    assertThat(claims.getSubject()).isEqualTo("42");
    assertThat(claims.getStringClaim("role")).isEqualTo("user");
    assertThat(claims.getIssuer()).isEqualTo("pindex");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
  }

  @Test
  void an_expired_token_is_refused() {
    var issuedEarlier =
        new BearerTokens(
            TestTokens.KEY,
            Duration.ofMinutes(30),
            Clock.fixed(NOW.minus(Duration.ofMinutes(31)), ZoneOffset.UTC));
    String token = issuedEarlier.issue(TestTokens.user(42, Role.USER));

    assertRefused(token);
  }

  @Test
  void a_token_signed_with_another_key_is_refused() {
    var foreign =
        new BearerTokens("another-key-that-is-also-32-bytes-long".getBytes(StandardCharsets.UTF_8));

    assertRefused(foreign.issue(TestTokens.user(42, Role.ADMIN)));
  }

  @Test
  void a_token_whose_claims_were_altered_is_refused() {
    String[] parts = tokens.issue(TestTokens.user(42, Role.USER)).split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String promoted =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                claims.replace("\"user\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));

    assertRefused(parts[0] + "." + promoted + "." + parts[2]);
  }

  @Test
  void an_unsigned_token_is_refused() {
    String unsigned = new PlainJWT(new PlainHeader(), claims("pindex", "42", "admin")).serialize();

    assertRefused(unsigned);
  }

  @Test
  void a_token_of_another_issuer_or_with_claims_we_never_write_is_refused() throws Exception {
    assertRefused(signed(claims("someone-else", "42", "user")));
    assertRefused(signed(claims("pindex", "not-a-number", "user")));
    assertRefused(signed(claims("pindex", "42", "superuser")));
    assertRefused(signed(new JWTClaimsSet.Builder().issuer("pindex").subject("42").build()));
  }

  @Test
  void garbage_is_refused_as_unauthenticated() {
    for (String garbage : new String[] {"", "abc", "a.b.c", "...", "eyJ.eyJ.sig"}) {
      assertRefused(garbage);
    }
  }

  @Test
  void a_key_shorter_than_32_bytes_or_a_lifetime_under_a_second_is_refused() {
    assertThatThrownBy(() -> new BearerTokens(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BearerTokens(TestTokens.KEY, Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void assertRefused(String token) {
    assertThatThrownBy(() -> tokens.verify(token))
        .isInstanceOf(Unauthenticated.class)
        .hasMessage("The bearer token is invalid or has expired.");
  }

  private static JWTClaimsSet claims(String issuer, String subject, String role) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(subject)
        .claim("role", role)
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
        .build();
  }

  private static String signed(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(TestTokens.KEY));
    return jwt.serialize();
  }
}
