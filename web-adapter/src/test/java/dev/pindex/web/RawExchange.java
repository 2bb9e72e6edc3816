package dev.pindex.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange written byte for byte on a connection of its own, for requests a proper
 * client refuses to send; the answer is read, as text, until the server closes.
 */
final class RawExchange {

  private RawExchange() {}

  static String send(int port, String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return readUntilClosed(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // a server closing with unread request bytes resets the connection: what came before counts
  private static String readUntilClosed(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        answer.write(chunk, 0, n);
      }
    } catch (SocketException reset) {
      if (answer.size() == 0) {
        throw reset;
      }
    }
    return answer.toString(StandardCharsets.ISO_8859_1);
  }
}
