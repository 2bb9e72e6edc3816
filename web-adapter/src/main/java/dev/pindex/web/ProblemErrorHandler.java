package dev.pindex.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before a request reaches the routes (an ambiguous or undecodable path,
 * oversized headers, a garbled request line) in the API's own form: problem+json with a request id,
 * instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

  /** The method Jetty gives a request it refused while reading it. */
  private static final String BAD_REQUEST_METHOD = "BAD";

  /**
   * Jetty writes an error body only for GET, POST and HEAD; a PUT, DELETE or any other method it
   * refuses would get an empty answer without a request id. Every method gets the problem body.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(RequestIds.HEADER, UUID.randomUUID().toString());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    // A request Jetty could not accept reaches here with its method replaced by "BAD", so the
    // answer cannot tell whether it was a HEAD, whose answer carries no body; a client keeping
    // the connection would then read the body as the start of its next answer. The connection
    // ends with this answer instead, as it should after a request that could not be read.
    if (BAD_REQUEST_METHOD.equals(request.getMethod())) {
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    ByteBuffer body =
        HttpMethod.HEAD.is(request.getMethod())
            ? BufferUtil.EMPTY_BUFFER
            : ByteBuffer.wrap(body(code));
    response.write(true, body, callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(RequestIds.HEADER, UUID.randomUUID().toString());
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE));
    return ByteBuffer.wrap(body(status));
  }

  // Jetty's reason may quote the offending input: only the status's own phrase is sent
  private static byte[] body(int status) {
    String title = HttpStatus.getMessage(status);
    String json =
        "{\"type\":\"/problems/"
            + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
            + "\",\"title\":\""
            + title
            + "\",\"status\":"
            + status
            + ",\"detail\":\"The request was refused before it reached the API: "
            + title
            + ".\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
