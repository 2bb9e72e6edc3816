package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket, for requests a proper client refuses to send (a
 * broken chunk, a body shorter than its Content-Length). The answer is checked like every {@link
 * Reply}: it carries {@code X-Request-Id} and shows no internals.
 */
final class RawHttp {

  private RawHttp() {}

  /**
   * Sends {@code request} (head and whatever body bytes), then, if {@code endOfInput}, closes the
   * sending side so the server meets the end of the stream; reads the answer until the server
   * closes.
   */
  static Answer send(int port, String request, boolean endOfInput) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      if (endOfInput) {
        socket.shutdownOutput();
      }
      Answer answer = parse(socket.getInputStream().readAllBytes());
      assertThat(answer.headers()).as("headers of %s", answer).containsKey("x-request-id");
      assertThat(Reply.internalsShownIn(answer.body())).as("body of %s", answer).isEmpty();
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(byte[] bytes) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int endOfHead = text.indexOf("\r\n\r\n");
    assertThat(endOfHead).as("an HTTP answer: %s", text).isPositive();
    String[] lines = text.substring(0, endOfHead).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String body = text.substring(endOfHead + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static String dechunk(String chunked) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8));
    while (true) {
      String sizeLine = line(in);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        return out.toString(StandardCharsets.UTF_8);
      }
      out.write(in.readNBytes(size));
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  /** Status, headers (names lower-cased) and body. */
  record Answer(int status, Map<String, String> headers, String body) {}
}
