package dev.pindex.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.EndPoint;

/**
 * Sends the answer to a request whose body the routes left unread (a 413 from the declared length,
 * a 401 or 422 before a bulk body was read through), then reads and drops the rest of the body for
 * a bounded time. Jetty would otherwise close the connection with those bytes unread, and a socket
 * closed with unread bytes is reset: a client still sending its body, as most clients do (few wait
 * for 100-continue), then loses the answer to the reset instead of reading it. nginx calls this a
 * lingering close.
 */
final class LingeringClose implements Filter {

  /** How long the client may pause its body before the connection is given up. */
  static final Duration QUIET_LIMIT = Duration.ofSeconds(2);

  /** How long the rest of a body is read at most, however steadily it comes. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(10);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (!mayHaveUnreadBody((HttpServletRequest) request)) {
      return;
    }
    ServletInputStream body = request.getInputStream();
    if (!body.isFinished()) {
      // The answer goes out first, with its length, so that a client sending only the head needs
      // nothing more to read it. The output stays open: closing it would end the exchange, and on a
      // connection the client asked to close, Jetty would then stop reading the body too.
      if (!response.isCommitted()) {
        response.setContentLengthLong(
            ServletContextResponse.getServletContextResponse(response)
                .getHttpOutput()
                .getWritten());
      }
      response.flushBuffer();
      drop(body, endPoint(request));
    }
  }

  // most requests (every read) carry no body and are passed over on their framing headers alone
  private static boolean mayHaveUnreadBody(HttpServletRequest request) {
    boolean hasBody =
        request.getContentLengthLong() > 0
            || request.getHeader(HttpHeader.TRANSFER_ENCODING.asString()) != null;
    // a client waiting for 100-continue sends nothing more once it has the answer
    return hasBody
        && !HttpHeaderValue.CONTINUE.is(request.getHeader(HttpHeader.EXPECT.asString()))
        && !request.isAsyncStarted();
  }

  private static void drop(ServletInputStream body, EndPoint endPoint) {
    long idleTimeout = endPoint.getIdleTimeout();
    endPoint.setIdleTimeout(QUIET_LIMIT.toMillis());
    long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
    byte[] discarded = new byte[16 * 1024];
    try {
      while (body.read(discarded) >= 0 && System.nanoTime() - deadline < 0) {
        // dropped
      }
    } catch (IOException pausedTooLongOrGone) {
      // Jetty ends the connection: what could be read without waiting on the client was read
    } finally {
      endPoint.setIdleTimeout(idleTimeout);
    }
  }

  private static EndPoint endPoint(ServletRequest request) {
    return ServletContextRequest.getServletContextRequest(request)
        .getConnectionMetaData()
        .getConnection()
        .getEndPoint();
  }
}
