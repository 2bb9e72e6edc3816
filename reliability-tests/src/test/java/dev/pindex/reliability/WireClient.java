package dev.pindex.reliability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket, for requests a proper client refuses to send: raw
 * bytes in the path, invalid percent escapes, any method, any header. Connections are kept alive
 * between requests unless the server closes them or the request could break the framing of the next
 * one (anything outside visible ASCII in its first line or headers), which gets a connection of its
 * own.
 */
final class WireClient implements AutoCloseable {

  private static final int TIMEOUT_MS = 30_000;

  /** A request: method and target as given, headers in order, an optional body. */
  record Request(String method, String target, List<String[]> headers, byte[] body) {

    byte[] bytes(int port) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      head.append("Host: 127.0.0.1:").append(port).append("\r\n");
      for (String[] header : headers) {
        head.append(header[0]).append(": ").append(header[1]).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.writeBytes(body);
      }
      return out.toByteArray();
    }

    /** Whether the first line or a header holds anything but visible ASCII and spaces. */
    boolean unusualHead() {
      StringBuilder all = new StringBuilder(method).append(target);
      headers.forEach(header -> all.append(header[0]).append(header[1]));
      return all.chars().anyMatch(c -> c < 0x20 || c > 0x7e) || target.contains(" ");
    }

    /** The request as text, cut to a readable length, for a failure report. */
    String excerpt() {
      StringBuilder text = new StringBuilder(method).append(' ').append(target);
      headers.forEach(h -> text.append(" | ").append(h[0]).append(": ").append(h[1]));
      if (body != null) {
        text.append(" | body (").append(body.length).append(" bytes): ");
        text.append(new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8));
      }
      return Json.abbreviate(text.toString().replace("\r", "\\r").replace("\n", "\\n"));
    }
  }

  /** An answer: status (0 for none), headers by lower-case name, body. */
  record Response(
      int status, Map<String, String> headers, byte[] body, long nanos, String failure) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final int port;
  private Socket socket;
  private InputStream in;

  WireClient(int port) {
    this.port = port;
  }

  Response send(Request request) {
    long started = System.nanoTime();
    boolean own = request.unusualHead();
    try {
      if (own) {
        close();
      }
      Response response;
      try {
        response = exchange(request, started);
      } catch (IOException | EmptyAnswer staleConnection) {
        // a kept-alive connection the server closed meanwhile: once more, on a new one
        close();
        response = exchange(request, started);
      }
      if (own || "close".equalsIgnoreCase(response.header("connection"))) {
        close();
      }
      return response;
    } catch (IOException | EmptyAnswer | Unparsable e) {
      close();
      return new Response(0, Map.of(), new byte[0], System.nanoTime() - started, e.toString());
    }
  }

  private Response exchange(Request request, long started) throws IOException {
    if (socket == null) {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(TIMEOUT_MS);
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    }
    OutputStream out = socket.getOutputStream();
    try {
      out.write(request.bytes(port));
      out.flush();
    } catch (IOException refusedMidway) {
      // the server may answer before it has read everything (a body or a head too large) and
      // close: its answer can still be read
      socket.shutdownOutput();
    }
    while (true) {
      String statusLine = line(in);
      if (statusLine == null) {
        throw new EmptyAnswer();
      }
      if (!statusLine.matches("HTTP/1\\.[01] [0-9]{3}( .*)?")) {
        throw new Unparsable("not an HTTP status line: " + Json.abbreviate(statusLine));
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.merge(
              line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).strip(),
              (a, b) -> a + ", " + b);
        }
      }
      if (status >= 100 && status < 200) {
        continue; // an interim answer; the real one follows
      }
      byte[] body = body(request, status, headers);
      return new Response(status, headers, body, System.nanoTime() - started, null);
    }
  }

  private byte[] body(Request request, int status, Map<String, String> headers) throws IOException {
    if (request.method().equals("HEAD") || status == 204 || status == 304) {
      return new byte[0];
    }
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      while (true) {
        String size = line(in);
        if (size == null) {
          throw new IOException("the chunked body ended early");
        }
        int length = Integer.parseInt(size.split(";")[0].strip(), 16);
        if (length == 0) {
          for (String trailer = line(in); trailer != null && !trailer.isEmpty(); ) {
            trailer = line(in);
          }
          return out.toByteArray();
        }
        out.write(in.readNBytes(length));
        line(in);
      }
    }
    String length = headers.get("content-length");
    if (length != null) {
      return in.readNBytes(Integer.parseInt(length));
    }
    return in.readAllBytes(); // delimited by the end of the connection
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b = in.read();
    if (b < 0) {
      return null;
    }
    for (; b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
      in = null;
    }
  }

  /** What came back is not HTTP: a previous answer's leftovers, or a broken one. */
  private static final class Unparsable extends RuntimeException {
    Unparsable(String message) {
      super(message, null, false, false);
    }
  }

  /** The server closed the connection without answering. */
  private static final class EmptyAnswer extends RuntimeException {
    EmptyAnswer() {
      super("the connection closed without an answer", null, false, false);
    }
  }

  static List<String[]> headers(String... pairs) {
    List<String[]> headers = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      headers.add(new String[] {pairs[i], pairs[i + 1]});
    }
    return headers;
  }
}
