package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 7: access. Another user's strategy is out of reach by every verb; tampered, expired,
 * foreign-signed and unsigned tokens are refused; the login rate limit holds; the admin port does
 * not listen beyond loopback by default; passwords are stored as salted Argon2id hashes; and no
 * secret appears in any line the whole suite logged.
 */
@ExtendWith(CapturedLogs.class)
@Order(Integer.MAX_VALUE) // last: its log check then covers every line the suite logged
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest {

  private static final String STRATEGY =
      "{\"name\":\"%s\",\"momentum_weight\":0.25,\"value_weight\":0.25,\"quality_weight\":0.25,"
          + "\"low_volatility_weight\":0.25,\"max_position_weight\":0.1,"
          + "\"rebalance_frequency\":\"monthly\"}";
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

  private final Figures figures = new Figures("access");
  private Service service;
  private Http http;
  private long refusedWrites;

  @BeforeAll
  void start() {
    service = Service.start(Postgres.shared(), "access", Map.of());
    http = service.http().countingIn(figures);
  }

  @Test
  void another_users_strategy_is_out_of_reach_by_every_verb() {
    String owner = service.newUser("owner@access.pindex.test", "owner-password-1");
    String intruder = service.newUser("intruder@access.pindex.test", "intruder-password-1");
    JsonNode created =
        http.post("/api/v1/strategies", STRATEGY.formatted("owned"), Http.bearer(owner))
            .expect(201);
    String path = "/api/v1/strategies/" + created.path("id").asLong();
    Answer before = http.get(path, Http.bearer(owner));
    String etag = before.header("ETag").orElseThrow();
    String stored = storedStrategy(created.path("id").asLong());

    Map<String, Answer> attempts = new LinkedHashMap<>();
    attempts.put("GET", http.get(path, Http.bearer(intruder)));
    attempts.put("PUT", http.put(path, STRATEGY.formatted("taken"), Http.bearer(intruder)));
    attempts.put(
        "PUT with If-Match",
        http.put(
            path,
            STRATEGY.formatted("taken"),
            "Authorization",
            "Bearer " + intruder,
            "If-Match",
            etag));
    attempts.put("DELETE", http.delete(path, Http.bearer(intruder)));
    attempts.forEach(
        (verb, answer) -> {
          assertThat(answer.status()).as("%s of another user's strategy", verb).isEqualTo(404);
          assertThat(answer.problemJson()).isTrue();
        });
    for (String verb : List.of("GET", "PUT", "DELETE")) {
      Answer anonymous =
          http.send(
              verb,
              path,
              verb.equals("PUT") ? STRATEGY.formatted("x") : null,
              verb.equals("PUT") ? Http.JSON : null);
      assertThat(anonymous.status()).as("anonymous %s", verb).isEqualTo(401);
      assertThat(anonymous.header("WWW-Authenticate")).hasValue("Bearer");
    }
    assertThat(http.send("PATCH", path, "{}", Http.JSON, Http.bearer(intruder)).status())
        .isEqualTo(405);
    JsonNode listed = http.get("/api/v1/strategies", Http.bearer(intruder)).expect(200);
    assertThat(listed.toString()).doesNotContain("\"owned\"");
    refusedWrites += 3;

    Answer after = http.get(path, Http.bearer(owner));
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.header("ETag")).hasValue(etag);
    assertThat(after.body()).isEqualTo(before.body());
    assertThat(storedStrategy(created.path("id").asLong())).isEqualTo(stored);
  }

  @Test
  void tampered_expired_foreign_signed_and_unsigned_tokens_are_refused() {
    service.newAsset("GUARD");
    String user = service.newUser("token-user@access.pindex.test", "token-user-password");
    String claims = Tokens.claimsOf(user);
    String subject =
        service.http().get("/api/v1/users/me", Http.bearer(user)).expect(200).path("id").asText();
    String adminSubject =
        service
            .http()
            .get("/api/v1/users/me", Http.bearer(service.adminToken()))
            .expect(200)
            .path("id")
            .asText();
    long inAnHour = Tokens.epochSecondsFromNow(3600);
    String key = service.signingKey();
    String foreignKey = "another service's key, also 32 bytes or more";

    // the control: a token made here with the service's key and its claims is accepted, so the
    // refusals below are about what was changed, not about how the tokens are made
    String homemade = Tokens.hs256(Tokens.claims(subject, "user", inAnHour), key);
    assertThat(http.get("/api/v1/users/me", Http.bearer(homemade)).status()).isEqualTo(200);

    Map<String, String> forged = new LinkedHashMap<>();
    forged.put(
        "claims raised to admin, signature kept",
        Tokens.withClaims(user, claims.replace("\"user\"", "\"admin\"")));
    forged.put(
        "subject changed to the admin, signature kept",
        Tokens.withClaims(
            user, claims.replaceFirst("\"sub\":\"[0-9]+\"", "\"sub\":\"" + adminSubject + "\"")));
    forged.put("signature altered", Tokens.withAlteredSignature(user));
    forged.put("signature removed", user.substring(0, user.lastIndexOf('.') + 1));
    forged.put(
        "expired a minute ago",
        Tokens.hs256(Tokens.claims(adminSubject, "admin", Tokens.epochSecondsFromNow(-60)), key));
    forged.put(
        "signed with another key",
        Tokens.hs256(Tokens.claims(adminSubject, "admin", inAnHour), foreignKey));
    forged.put("alg none", Tokens.unsigned(Tokens.claims(adminSubject, "admin", inAnHour)));
    forged.put(
        "HS512 with the service's key",
        Tokens.signed(
            "{\"alg\":\"HS512\"}",
            Tokens.claims(adminSubject, "admin", inAnHour),
            "HmacSHA512",
            key));
    forged.put(
        "another issuer",
        Tokens.hs256(
            Tokens.claims(adminSubject, "admin", inAnHour).replace("\"pindex\"", "\"elsewhere\""),
            key));
    forged.put(
        "no expiry",
        Tokens.hs256(
            Tokens.claims(adminSubject, "admin", inAnHour).replaceFirst(",\"exp\":[0-9]+", ""),
            key));
    forged.put("an unknown role", Tokens.hs256(Tokens.claims(adminSubject, "root", inAnHour), key));

    forged.forEach(
        (what, token) -> {
          Answer me = http.get("/api/v1/users/me", Http.bearer(token));
          assertThat(me.status()).as("GET /users/me with a token: %s", what).isEqualTo(401);
          assertThat(me.header("WWW-Authenticate")).hasValue("Bearer");
          Answer write =
              http.put("/api/v1/assets/GUARD", "{\"name\":\"taken over\"}", Http.bearer(token));
          assertThat(write.status()).as("an admin write with a token: %s", what).isEqualTo(401);
          refusedWrites++;
        });
    assertThat(
            service
                .postgres()
                .value(service.database(), "SELECT name FROM assets WHERE symbol = 'GUARD'"))
        .isEqualTo("Asset GUARD");
    figures.put("forged_tokens_refused", forged.size());
  }

  @Test
  void the_login_rate_limit_holds_per_account_and_per_address() {
    try (Service limited =
        Service.start(
            Postgres.shared(),
            "limits",
            Map.of(
                "LOGIN_MAX_FAILURES_PER_ACCOUNT", "3",
                "LOGIN_MAX_FAILURES_PER_ADDRESS", "8",
                "LOGIN_WINDOW_S", "900"))) {
      Http api = limited.http().countingIn(figures);
      String password = "limited-password-1";
      limited.newUser("limited@access.pindex.test", password);
      String wrong = Json.credentials("limited@access.pindex.test", "not-the-password");
      for (int i = 0; i < 3; i++) {
        assertThat(api.post("/api/v1/auth/token", wrong).status()).isEqualTo(401);
      }
      Answer blocked = api.post("/api/v1/auth/token", wrong);
      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.header("Retry-After"))
          .hasValueSatisfying(s -> assertThat(s).matches("[1-9][0-9]*"));
      Answer rightButBlocked =
          api.post("/api/v1/auth/token", Json.credentials("limited@access.pindex.test", password));
      assertThat(rightButBlocked.status())
          .as("the right password while the account is blocked")
          .isEqualTo(429);

      // the address: failures on any accounts add up, and a forged X-Forwarded-For changes nothing
      int failures = 3;
      Answer answer = null;
      for (int i = 0; i < 20 && (answer == null || answer.status() != 429); i++) {
        answer =
            api.post(
                "/api/v1/auth/token",
                Json.credentials("nobody" + i + "@access.pindex.test", "whatever-password"),
                "X-Forwarded-For",
                "203.0.113." + i);
        failures += answer.status() == 401 ? 1 : 0;
      }
      assertThat(answer.status()).as("after %d failures from one address", failures).isEqualTo(429);
      assertThat(failures).isLessThanOrEqualTo(8);
      String fresh = "fresh-password-1";
      limited
          .http()
          .post("/api/v1/users", Json.credentials("fresh@access.pindex.test", fresh))
          .expect(201);
      CapturedLogs.secret(fresh);
      assertThat(
              api.post("/api/v1/auth/token", Json.credentials("fresh@access.pindex.test", fresh))
                  .status())
          .as("a new account's right password from the blocked address")
          .isEqualTo(429);
      figures.put("failures_before_address_limit", failures);
    }
  }

  @Test
  void the_admin_port_listens_on_loopback_only_by_default() throws IOException {
    List<InetAddress> outside = nonLoopbackAddresses();
    assumeThat(outside).as("an address of this host beyond loopback").isNotEmpty();
    assertThat(new Http(service.adminPort()).get("/pool").status()).isEqualTo(200);
    for (InetAddress address : outside) {
      assertThat(connects(address, service.port()))
          .as("the main port on %s, so the address is reachable", address)
          .isTrue();
      assertThat(connects(address, service.adminPort()))
          .as("the admin port on %s", address)
          .isFalse();
    }
    figures.put("addresses_beyond_loopback_checked", outside.size());
  }

  @Test
  void passwords_are_stored_as_salted_argon2id_hashes() {
    String same = "the same password for two";
    service.newUser("first@access.pindex.test", same);
    service.newUser("second@access.pindex.test", same);
    List<List<String>> rows =
        service
            .postgres()
            .rows(
                service.database(),
                "SELECT password_hash FROM users WHERE email IN"
                    + " ('first@access.pindex.test', 'second@access.pindex.test')");
    assertThat(rows).hasSize(2);
    List<String> hashes = rows.stream().map(row -> row.get(0)).toList();
    assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));
    for (String hash : hashes) {
      assertThat(hash).doesNotContain(same);
      Matcher phc = PHC.matcher(hash);
      assertThat(phc.matches()).as("an Argon2id PHC string: %s", hash.substring(0, 30)).isTrue();
      int memoryKiB = Integer.parseInt(phc.group(1));
      int passes = Integer.parseInt(phc.group(2));
      // OWASP's floor for Argon2id: 19 MiB with 2 passes (or more memory with fewer passes)
      assertThat(new BigInteger(Integer.toString(memoryKiB)).multiply(BigInteger.valueOf(passes)))
          .isGreaterThanOrEqualTo(BigInteger.valueOf(19_456L * 2));
      assertThat(memoryKiB).isGreaterThanOrEqualTo(19_456);
      assertThat(Base64.getDecoder().decode(pad(phc.group(4))))
          .as("salt")
          .hasSizeGreaterThanOrEqualTo(16);
      assertThat(Base64.getDecoder().decode(pad(phc.group(5))))
          .as("hash")
          .hasSizeGreaterThanOrEqualTo(32);
    }
    Matcher first = PHC.matcher(hashes.get(0));
    assertThat(first.matches()).isTrue();
    figures.put(
        "argon2id_cost", "m=" + first.group(1) + ",t=" + first.group(2) + ",p=" + first.group(3));
  }

  @AfterAll
  void print_the_figures_with_the_whole_suites_log() {
    try {
      CapturedLogs.Scan scan = CapturedLogs.scan();
      figures.writes(0, 0, 0);
      figures.put("foreign_writes_refused", refusedWrites);
      figures.put("log_lines_checked", scan.lines());
      figures.put("secrets_checked", scan.secrets());
      figures.put("secrets_found_in_logs", scan.findings().size());
      figures.printAndCheck();
    } finally {
      service.close();
    }
  }

  private String storedStrategy(long id) {
    return service
        .postgres()
        .rows(service.database(), "SELECT s::text FROM strategy_config s WHERE id = " + id)
        .get(0)
        .get(0);
  }

  private static String pad(String base64) {
    return base64 + "=".repeat((4 - base64.length() % 4) % 4);
  }

  private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
            addresses.add(address);
          }
        }
      }
    }
    return addresses;
  }

  private static boolean connects(InetAddress address, int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
      return true;
    } catch (ConnectException refused) {
      return false;
    }
  }
}
