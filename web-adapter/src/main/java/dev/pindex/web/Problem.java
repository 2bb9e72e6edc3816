package dev.pindex.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem body. {@code errors} lists field or row violations when there are any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String correlationId,
    List<Error> errors) {

  public static final String CONTENT_TYPE = "application/problem+json";

  /** One violation: a field name or a 1-based row number, and what is wrong with it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Error(String field, Long row, String message) {}
}
