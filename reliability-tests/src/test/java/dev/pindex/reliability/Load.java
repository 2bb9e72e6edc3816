package dev.pindex.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Clients that each repeat their step, one request after another, from {@link #start} until {@link
 * #stop}; a client that throws stops, and {@link #stop} rethrows what it threw.
 */
final class Load {

  /** One request (or a few) of client {@code client}, the {@code step}-th it makes. */
  interface Step {
    void run(int client, long step) throws Exception;
  }

  private final List<Thread> threads = new ArrayList<>();
  private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
  private volatile boolean running;

  static Load start(String name, int clients, Step step) {
    Load load = new Load();
    load.running = true;
    for (int i = 0; i < clients; i++) {
      int client = i;
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (long n = 0; load.running; n++) {
                    step.run(client, n);
                  }
                } catch (Throwable t) {
                  load.failures.add(t);
                }
              },
              name + "-" + client);
      thread.setDaemon(true);
      load.threads.add(thread);
      thread.start();
    }
    return load;
  }

  /** Asks every client to finish its step and stop; waits for them; rethrows a client's failure. */
  void stop() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(TimeUnit.MINUTES.toMillis(2));
      if (thread.isAlive()) {
        throw new AssertionError(thread.getName() + " did not stop: a request hangs");
      }
    }
    Throwable failure = failures.peek();
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new IllegalStateException("a client failed", failure);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
