package dev.pindex.web;

import dev.pindex.domain.model.PreconditionFailed;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as HTTP entity-tags: version 3 is the strong tag {@code "3"}, and {@code If-Match}
 * becomes the version a change expects.
 */
final class EntityTags {

  static final String IF_MATCH = "If-Match";
  private static final Pattern ONE_TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E]*)\"");
  // nine digits at most: every version fits an int
  private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

  private EntityTags() {}

  static String of(int version) {
    return "\"" + version + "\"";
  }

  /**
   * The version {@code If-Match} requires: empty when it is absent or {@code *} (any version). A
   * weak tag or one we never issue cannot match, as If-Match compares strongly (RFC 9110): 412. A
   * header that is not one entity-tag (a list, no quotes) is malformed: 400.
   */
  static OptionalInt expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return OptionalInt.empty();
    }
    Matcher tag = ONE_TAG.matcher(ifMatch.strip());
    if (!tag.matches()) {
      throw BadRequest.of(IF_MATCH, "must be one entity-tag such as \"3\", or *");
    }
    String opaque = tag.group(2);
    if (tag.group(1) != null || !VERSION.matcher(opaque).matches()) {
      throw new PreconditionFailed("If-Match names no version this resource can have.");
    }
    return OptionalInt.of(Integer.parseInt(opaque));
  }
}
