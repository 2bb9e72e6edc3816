package dev.pindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.PlainPassword;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idPasswordHasherTest {

  /** Argon2's minimum cost: these tests check behaviour, not strength. */
  private final Argon2idPasswordHasher cheap = new Argon2idPasswordHasher(8, 1, 1);

  private static final PlainPassword PASSWORD = new PlainPassword("correct horse battery");

  @Test
  void a_password_matches_its_own_hash() {
    assertThat(cheap.matches(PASSWORD, cheap.hash(PASSWORD))).isTrue();
  }

  @Test
  void a_password_with_characters_beyond_ascii_matches_its_own_hash() {
    PlainPassword unicode = new PlainPassword("pässwörd-\uD83D\uDD11-密码");
    assertThat(cheap.matches(unicode, cheap.hash(unicode))).isTrue();
  }

  @Test
  void another_password_does_not_match() {
    String stored = cheap.hash(PASSWORD);

    assertThat(cheap.matches(new PlainPassword("correct horse battery!"), stored)).isFalse();
    assertThat(cheap.matches(new PlainPassword("Correct horse battery"), stored)).isFalse();
  }

  @Test
  void two_hashes_of_the_same_password_differ_because_each_has_its_own_salt() {
    String first = cheap.hash(PASSWORD);
    String second = cheap.hash(PASSWORD);

    assertThat(first).isNotEqualTo(second);
    assertThat(salt(first)).isNotEqualTo(salt(second));
    assertThat(cheap.matches(PASSWORD, first)).isTrue();
    assertThat(cheap.matches(PASSWORD, second)).isTrue();
  }

  @Test
  void the_stored_string_is_phc_naming_argon2id_its_parameters_a_16_byte_salt_and_32_byte_hash() {
    String stored = new Argon2idPasswordHasher(64, 3, 2).hash(PASSWORD);

    // Unpadded base64: 16 bytes are 22 characters, 32 bytes are 43.
    assertThat(stored)
        .matches("\\$argon2id\\$v=19\\$m=64,t=3,p=2\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(Base64.getDecoder().decode(salt(stored))).hasSize(16);
  }

  @Test
  void the_default_hasher_uses_owasps_parameters() {
    assertThat(new Argon2idPasswordHasher().hash(PASSWORD))
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
  }

  @Test
  void a_hash_made_with_other_parameters_still_verifies_by_the_parameters_it_names() {
    String madeWithOlderCost = new Argon2idPasswordHasher(16, 2, 2).hash(PASSWORD);

    assertThat(cheap.matches(PASSWORD, madeWithOlderCost)).isTrue();
    assertThat(cheap.matches(new PlainPassword("wrong password"), madeWithOlderCost)).isFalse();
  }

  /** Vectors of the Argon2 reference implementation (phc-winner-argon2, src/test.c). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc"
      })
  void hashes_made_by_the_reference_implementation_verify(String reference) {
    assertThat(cheap.matches(new PlainPassword("password"), reference)).isTrue();
    assertThat(cheap.matches(new PlainPassword("passwore"), reference)).isFalse();
  }

  static Stream<Arguments> malformedStoredHashes() {
    String salt = "c29tZXNhbHQ";
    String hash = "AAAAAAAAAAAAAAAAAAAAAA";
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("not PHC at all", "not a hash"),
        Arguments.of("bcrypt", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"),
        Arguments.of("argon2i, not argon2id", "$argon2i$v=19$m=8,t=1,p=1$" + salt + "$" + hash),
        Arguments.of("version 1.0", "$argon2id$v=16$m=8,t=1,p=1$" + salt + "$" + hash),
        Arguments.of("a parameter missing", "$argon2id$v=19$m=8,t=1$" + salt + "$" + hash),
        Arguments.of("zero passes", "$argon2id$v=19$m=8,t=0,p=1$" + salt + "$" + hash),
        Arguments.of("under 8 KiB a lane", "$argon2id$v=19$m=15,t=1,p=2$" + salt + "$" + hash),
        Arguments.of(
            "memory beyond int", "$argon2id$v=19$m=9999999999,t=1,p=1$" + salt + "$" + hash),
        Arguments.of("salt under 8 bytes", "$argon2id$v=19$m=8,t=1,p=1$c29tZQ$" + hash),
        Arguments.of("hash not base64", "$argon2id$v=19$m=8,t=1,p=1$" + salt + "$AAAAA"),
        Arguments.of("padded salt", "$argon2id$v=19$m=8,t=1,p=1$" + salt + "=$" + hash),
        Arguments.of("trailing field", "$argon2id$v=19$m=8,t=1,p=1$" + salt + "$" + hash + "$x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedStoredHashes")
  void a_malformed_stored_hash_is_an_illegal_argument_not_a_wrong_password(
      String why, String stored) {
    assertThatIllegalArgumentException().isThrownBy(() -> cheap.matches(PASSWORD, stored));
  }

  @Test
  void the_refusal_of_a_malformed_hash_never_quotes_it() {
    String stored = "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$SECRETxHASHxPART$";

    assertThatIllegalArgumentException()
        .isThrownBy(() -> cheap.matches(PASSWORD, stored))
        .withMessageNotContaining("SECRETxHASHxPART")
        .withMessageNotContaining("c29tZXNhbHQ");
  }

  @Test
  void parameters_below_argon2s_minimum_are_refused_at_construction() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Argon2idPasswordHasher(8, 0, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> new Argon2idPasswordHasher(8, 1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Argon2idPasswordHasher(15, 1, 2));
  }

  @Test
  void a_missing_stored_hash_is_refused() {
    assertThatThrownBy(() -> cheap.matches(PASSWORD, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void prints_how_long_one_hash_takes_with_owasps_parameters() {
    Argon2idPasswordHasher owasp = new Argon2idPasswordHasher();
    owasp.hash(PASSWORD); // warm-up: the first call also pays for class loading and JIT
    long start = System.nanoTime();
    String stored = owasp.hash(PASSWORD);
    long hashMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    boolean matches = owasp.matches(PASSWORD, stored);
    long verifyMillis = (System.nanoTime() - start) / 1_000_000;

    // Printed, not asserted: timings depend on the machine.
    System.out.printf(
        "Argon2id m=19456 KiB, t=2, p=1: hash %d ms, verify %d ms%n", hashMillis, verifyMillis);
    assertThat(matches).isTrue();
  }

  private static String salt(String stored) {
    return stored.split("\\$")[4];
  }
}
