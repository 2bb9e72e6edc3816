package dev.pindex.reliability;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of hostile input: strings (empty, huge, unicode, control characters, NUL,
 * injection attempts), numbers (huge, tiny, NaN, malformed), dates, symbols, JSON values, nesting,
 * byte-level damage, query values and path segments. Everything comes from one {@link
 * SplittableRandom}, so a case is replayed from its seed.
 */
final class Hostile {

  static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "\t",
          "   padded   ",
          "null",
          "true",
          "0",
          "-1",
          "NaN",
          "Infinity",
          "' OR '1'='1",
          "'; DROP TABLE assets; --",
          "\"",
          "\\",
          "\\u0000",
          "\u0000",
          "a\u0000b",
          "\uFEFF",
          "\u202Eevil",
          "\u200B",
          "😀",
          "Z\u0337\u0322a\u0335l\u0337g\u0338o",
          "日本語のテキスト",
          "\uD800",
          "\uDC00x",
          "${jndi:ldap://127.0.0.1/a}",
          "../../etc/passwd",
          "%s%n%x%d",
          "<script>alert(1)</script>",
          "line\nbreak",
          "\r\nX-Injected: 1",
          "AAA",
          "aaa",
          "A".repeat(16),
          "A".repeat(17),
          "BRK-B",
          "^GSPC",
          "A=B.C",
          "daily",
          "MONTHLY",
          "admin",
          "user@example.com",
          "x@y",
          "@",
          "a@b@c");

  static final List<String> NUMBERS =
      List.of(
          "0",
          "-0",
          "1",
          "-1",
          "0.5",
          "1.0000000001",
          "0.00000000001",
          "1e400",
          "-1e400",
          "1e-400",
          "4.9e-324",
          "1.7976931348623157e309",
          "123456789012345678901234567890",
          "-123456789012345678901234567890",
          "1e999999999",
          "1e-999999999",
          "1E+2147483647",
          "1e-2147483648",
          "99999999999999.999999",
          "100000000000000",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "NaN",
          "-NaN",
          "Infinity",
          "-Infinity",
          "+1",
          "01",
          ".5",
          "5.",
          "0x10",
          "1_000",
          "1e",
          "--1",
          "1.2.3",
          "1e+",
          "0e0",
          "-0.0");

  static final List<String> DATES =
      List.of(
          "2024-01-02",
          "2026-02-29",
          "2024-02-29",
          "2026-02-30",
          "2026-13-01",
          "2026-00-10",
          "0000-01-01",
          "0001-01-01",
          "9999-12-31",
          "+10000-01-01",
          "-0001-01-01",
          "+999999999-12-31",
          "2026-1-1",
          "20260101",
          "2026/01/01",
          "2026-01-01T00:00:00Z",
          "2026-01-01 ",
          " 2026-01-01",
          "2026-01-01\u0000",
          "",
          "today");

  private final SplittableRandom random;

  Hostile(SplittableRandom random) {
    this.random = random;
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  int between(int from, int toExclusive) {
    return random.nextInt(from, toExclusive);
  }

  @SafeVarargs
  final <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A hostile string of any kind. */
  String string() {
    return switch (between(0, 10)) {
      case 0, 1, 2, 3 -> pick(STRINGS);
      case 4, 5 -> unicode(between(0, 40));
      case 6 -> pick(STRINGS).repeat(between(2, 50));
      case 7 -> "x".repeat(pick(100, 129, 1_000, 10_000, 100_000, 300_000));
      case 8 -> ascii(between(1, 30));
      default -> pick(NUMBERS);
    };
  }

  /** Random code points: ASCII, controls, Latin, CJK, emoji, and lone surrogates. */
  String unicode(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (between(0, 6)) {
        case 0 -> text.append((char) between(0, 0x20));
        case 1 -> text.append((char) between(0x20, 0x7f));
        case 2 -> text.appendCodePoint(between(0x80, 0x800));
        case 3 -> text.appendCodePoint(between(0x4e00, 0x9fff));
        case 4 -> text.appendCodePoint(between(0x1f300, 0x1faff));
        default -> text.append((char) between(0xd800, 0xe000)); // a lone surrogate
      }
    }
    return text.toString();
  }

  String ascii(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) between(0x21, 0x7f));
    }
    return text.toString();
  }

  /** A JSON number as text, valid or not. */
  String number() {
    return switch (between(0, 6)) {
      case 0, 1, 2 -> pick(NUMBERS);
      case 3 -> Double.toString(random.nextDouble() * Math.pow(10, between(-20, 20)));
      case 4 -> Long.toString(random.nextLong());
      default -> "9".repeat(pick(19, 40, 1_000, 1_001, 5_000)) + (chance(0.5) ? ".5" : "");
    };
  }

  String date() {
    return switch (between(0, 4)) {
      case 0, 1 -> pick(DATES);
      case 2 -> LocalDate.ofEpochDay(between(-800_000, 3_000_000)).toString();
      default -> string();
    };
  }

  /** A symbol: valid, lower-case, too long, or anything. */
  String symbol() {
    return switch (between(0, 5)) {
      case 0 -> validSymbol();
      case 1 -> validSymbol().toLowerCase(java.util.Locale.ROOT);
      case 2 -> "A".repeat(between(17, 40));
      default -> string();
    };
  }

  String validSymbol() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.^=-";
    StringBuilder symbol = new StringBuilder();
    int length = between(1, 17);
    for (int i = 0; i < length; i++) {
      symbol.append(alphabet.charAt(between(0, alphabet.length())));
    }
    return symbol.toString();
  }

  /** A JSON string literal of {@code text}, escaped so that any code unit survives. */
  static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) && !validPair(text, i)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** Any JSON value as text, nested up to {@code depth}. */
  String jsonValue(int depth) {
    int kind = between(0, depth > 0 ? 8 : 5);
    return switch (kind) {
      case 0 -> number();
      case 1 -> quoted(string());
      case 2 -> pick("true", "false");
      case 3 -> "null";
      case 4 -> quoted(pick(STRINGS));
      case 5, 6 -> {
        StringBuilder object = new StringBuilder("{");
        int fields = between(0, 4);
        for (int i = 0; i < fields; i++) {
          object.append(i > 0 ? "," : "").append(quoted(string())).append(':');
          object.append(jsonValue(depth - 1));
        }
        yield object.append('}').toString();
      }
      default -> {
        StringBuilder array = new StringBuilder("[");
        int items = between(0, 4);
        for (int i = 0; i < items; i++) {
          array.append(i > 0 ? "," : "").append(jsonValue(depth - 1));
        }
        yield array.append(']').toString();
      }
    };
  }

  /** Nesting far deeper than any parser should follow, closed or not. */
  String deepNesting() {
    int depth = pick(1_001, 5_000, 50_000, 200_000);
    boolean closed = chance(0.7);
    return switch (between(0, 3)) {
      case 0 -> "[".repeat(depth) + (closed ? "]".repeat(depth) : "");
      case 1 -> "{\"a\":".repeat(depth) + "1" + (closed ? "}".repeat(depth) : "");
      default -> "[{\"items\":".repeat(depth / 2) + "[]" + (closed ? "}]".repeat(depth / 2) : "");
    };
  }

  /** Byte-level damage to a body: cut, flipped, spliced, invalid UTF-8, NUL bytes. */
  byte[] damage(byte[] valid) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = valid.length == 0 ? 0 : between(0, valid.length);
    switch (between(0, 7)) {
      case 0 -> out.write(valid, 0, at); // truncated
      case 1 -> {
        byte[] copy = valid.clone();
        for (int i = 0; i < between(1, 5) && copy.length > 0; i++) {
          copy[between(0, copy.length)] = (byte) between(0, 256);
        }
        out.writeBytes(copy);
      }
      case 2 -> {
        out.write(valid, 0, at);
        out.writeBytes(pick(INVALID_UTF8));
        out.write(valid, at, valid.length - at);
      }
      case 3 -> {
        out.write(valid, 0, at);
        out.write(0);
        out.write(valid, at, valid.length - at);
      }
      case 4 -> {
        out.writeBytes(valid);
        out.writeBytes(pick("}", "]", ",", "garbage", "\u0000", "{}", " [1]").getBytes(UTF_8));
      }
      case 5 -> {
        out.writeBytes(pick("\uFEFF", "\u0000", " ", ",").getBytes(UTF_8));
        out.writeBytes(valid);
      }
      default -> {
        int end = at + between(0, Math.max(1, valid.length - at));
        out.write(valid, 0, at);
        out.write(valid, Math.min(end, valid.length), valid.length - Math.min(end, valid.length));
      }
    }
    return out.toByteArray();
  }

  byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static final java.nio.charset.Charset UTF_8 = StandardCharsets.UTF_8;

  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0xc3, 0x28},
    {(byte) 0xff},
    {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    {(byte) 0xc0, (byte) 0xaf},
    {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xe2, (byte) 0x82}
  };

  /** A query value as it travels: percent-encoded hostile text, or raw and malformed. */
  String queryValue() {
    return switch (between(0, 5)) {
      case 0, 1 -> encode(string());
      case 2 -> encode(pick(pick(NUMBERS), date(), symbol()));
      case 3 ->
          pick("%", "%Z", "%zz", "%00", "%FF", "%C0%AF", "%E2%82", "+", "&", "=", "==", "%2B");
      default -> ascii(between(0, 20)).replace("#", "%23");
    };
  }

  /** A path segment: percent-encoded hostile text, or raw and tricky. */
  String pathSegment() {
    return switch (between(0, 6)) {
      case 0, 1 -> encode(string());
      case 2 -> encode(symbol());
      case 3 ->
          pick("..", ".", "%2F", "%2e%2e", "%00", "%", "%zz", ";", ";a=b", "%3B", "a%2Fb", "%5C");
      case 4 -> unicode(between(1, 10)); // raw bytes in the request line
      default -> "x".repeat(pick(200, 5_000, 20_000));
    };
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
