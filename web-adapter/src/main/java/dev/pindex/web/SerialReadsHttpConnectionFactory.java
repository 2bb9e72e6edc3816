package dev.pindex.web;

import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connections, except that one connection never reads and parses on two threads at
 * once.
 *
 * <p>Jetty 12.1 (up to 12.1.14 at least) breaks that rule after a request it refuses while reading
 * it (431 for an oversized head, 400 for a garbled one). The refusal is answered on another thread,
 * and when the answer is sent Jetty dispatches a new read of the connection while the thread that
 * found the fault may still hold the connection's pooled request buffer. Both threads then fill and
 * release that buffer: Jetty logs "already released" from {@code HttpConnection.onFillable}, and a
 * buffer back in the pool while still written to passes one client's bytes to another. The
 * reliability suite caught it once: a client read the tail of another connection's 20 KB
 * Authorization header as the start of its own answer.
 *
 * <p>Making the reads of a connection take turns restores the order Jetty intends (the new read
 * runs after the old one has let go of the buffer). Requests never wait on it: the thread handling
 * a request reads its body through Jetty's content demand, not through this method, and Jetty only
 * dispatches a new read of a connection once the previous one is over, except in the case above.
 */
final class SerialReadsHttpConnectionFactory extends HttpConnectionFactory {

  SerialReadsHttpConnectionFactory(HttpConfiguration configuration) {
    super(configuration);
  }

  /** As {@link HttpConnectionFactory#newConnection}, with a connection whose reads take turns. */
  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection =
        new SerialReadsHttpConnection(getHttpConfiguration(), connector, endPoint);
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    return configure(connection, connector, endPoint);
  }

  private static final class SerialReadsHttpConnection extends HttpConnection {

    private final ReentrantLock reading = new ReentrantLock();

    SerialReadsHttpConnection(
        HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
      super(configuration, connector, endPoint);
    }

    @Override
    public void onFillable() {
      reading.lock();
      try {
        super.onFillable();
      } finally {
        reading.unlock();
      }
    }
  }
}
