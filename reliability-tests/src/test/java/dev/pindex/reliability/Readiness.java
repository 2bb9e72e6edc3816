package dev.pindex.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Polls {@code /health/ready} every 100 ms on its own thread and keeps each change of answer with
 * when it was first seen.
 */
final class Readiness implements AutoCloseable {

  record Change(int status, long atNanos) {}

  private final Http http;
  private final List<Change> changes = new ArrayList<>();
  private final Thread poller;
  private volatile boolean running = true;

  Readiness(int port) {
    this.http = new Http("127.0.0.1", port, null, Duration.ofSeconds(10));
    this.poller = new Thread(this::poll, "readiness-poller");
    poller.setDaemon(true);
    poller.start();
  }

  private void poll() {
    while (running) {
      int status = http.get("/health/ready").status();
      synchronized (changes) {
        if (changes.isEmpty() || changes.get(changes.size() - 1).status() != status) {
          changes.add(new Change(status, System.nanoTime()));
          changes.notifyAll();
        }
      }
      Load.sleep(100);
    }
  }

  /**
   * Waits until readiness answers {@code status} after {@code sinceNanos}; answers when it first
   * did, or fails after {@code within}.
   */
  long await(int status, long sinceNanos, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    synchronized (changes) {
      while (true) {
        for (Change change : changes) {
          if (change.status() == status && change.atNanos() >= sinceNanos) {
            return change.atNanos();
          }
        }
        if (!changes.isEmpty()
            && changes.get(changes.size() - 1).status() == status
            && sinceNanos <= System.nanoTime()) {
          return Math.max(sinceNanos, changes.get(changes.size() - 1).atNanos());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "readiness did not answer " + status + " within " + within + ": " + transitions());
        }
        changes.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** The answers in the order they came, e.g. {@code 200>503>200}. */
  String transitions() {
    synchronized (changes) {
      return String.join(
          ">", changes.stream().map(change -> Integer.toString(change.status())).toList());
    }
  }

  @Override
  public void close() {
    running = false;
    try {
      poller.join(15_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
