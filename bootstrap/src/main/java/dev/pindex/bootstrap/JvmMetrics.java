package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jvm.CachedThreadStatesGaugeSet;
import com.codahale.metrics.jvm.GarbageCollectorMetricSet;
import com.codahale.metrics.jvm.MemoryUsageGaugeSet;
import java.util.concurrent.TimeUnit;

/** The service's one metric registry, starting with the JVM's memory, GC and thread gauges. */
final class JvmMetrics {

  private JvmMetrics() {}

  static MetricRegistry registry() {
    MetricRegistry metrics = new MetricRegistry();
    metrics.register("jvm.memory", new MemoryUsageGaugeSet());
    metrics.register("jvm.gc", new GarbageCollectorMetricSet());
    // each thread gauge would take a thread dump of its own; one dump serves a whole scrape
    metrics.register("jvm.threads", new CachedThreadStatesGaugeSet(5, TimeUnit.SECONDS));
    return metrics;
  }
}
