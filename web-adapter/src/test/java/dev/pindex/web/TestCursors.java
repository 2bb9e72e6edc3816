package dev.pindex.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Forges cursors the way a curious client would. */
final class TestCursors {

  private TestCursors() {}

  /** The cursor with its key replaced and its signature kept. */
  static String withPayload(String cursor, String key) {
    String signature = cursor.substring(cursor.indexOf('.') + 1);
    return Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(key.getBytes(StandardCharsets.UTF_8))
        + "."
        + signature;
  }
}
