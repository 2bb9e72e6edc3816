package dev.pindex.bootstrap;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Starts the service from the environment and runs until SIGTERM or SIGINT, then shuts down in
 * order and exits 0. A configuration error exits 2 with its message; a failed start exits 1.
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    System.setProperty("liquibase.analytics.enabled", "false");
    AppConfig config;
    try {
      config = AppConfig.from(System.getenv());
    } catch (ConfigurationError e) {
      LOG.error("cannot start: {}", e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stopRequested = new CountDownLatch(1);
    // handling the signals ourselves (rather than only a shutdown hook) lets the process exit 0
    Signal.handle(new Signal("TERM"), signal -> stopRequested.countDown());
    Signal.handle(new Signal("INT"), signal -> stopRequested.countDown());

    Application application;
    try {
      application = Application.start(config);
    } catch (RuntimeException e) {
      LOG.error("start failed", e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(application::close, "pindex-shutdown"));
    LOG.info(
        "pindex ready in {} ms: profile {}, API on port {}, admin on {}:{}",
        ManagementFactory.getRuntimeMXBean().getUptime(),
        config.profile().id(),
        application.port(),
        config.adminBind(),
        application.adminPort());
    awaitQuietly(stopRequested);
    LOG.info("stopping: draining in-flight requests for up to {}", config.shutdownTimeout());
    application.close();
    LOG.info("stopped");
    System.exit(0);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // keep running until a signal asks us to stop
      }
    }
  }
}
