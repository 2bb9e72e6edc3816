package dev.pindex.web;

import java.io.IOException;

/**
 * The body is larger than the server accepts. It is an {@link IOException} because it is raised
 * while reading the body, from inside the JSON parser, which passes I/O failures through untouched
 * (a runtime exception there would be wrapped as a mapping error of the current field).
 */
final class BodyTooLarge extends IOException {

  private final long limitBytes;

  BodyTooLarge(long limitBytes) {
    super("The body is larger than " + limitBytes + " bytes.");
    this.limitBytes = limitBytes;
  }

  long limitBytes() {
    return limitBytes;
  }
}
