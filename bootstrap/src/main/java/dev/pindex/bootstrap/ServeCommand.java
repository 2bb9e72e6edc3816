package dev.pindex.bootstrap;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import sun.misc.Signal;

/** {@code pindex serve}: runs the service until SIGTERM or SIGINT, then shuts down in order. */
@Command(
    name = "serve",
    description = {
      "Migrates the database and serves the API and the admin port until SIGTERM or SIGINT,"
          + " then stops taking requests, drains the in-flight ones, closes the pool and stops"
          + " the embedded PostgreSQL."
    },
    exitCodeList = {"0:stopped by SIGTERM or SIGINT", "1:the start failed"})
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  private final Map<String, String> env;

  ServeCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    AppConfig config = AppConfig.from(env);
    CountDownLatch stopRequested = new CountDownLatch(1);
    // handling the signals ourselves (rather than only a shutdown hook) lets the process exit 0
    Signal.handle(new Signal("TERM"), signal -> stopRequested.countDown());
    Signal.handle(new Signal("INT"), signal -> stopRequested.countDown());

    Application application = Application.start(config);
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
    return 0;
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
