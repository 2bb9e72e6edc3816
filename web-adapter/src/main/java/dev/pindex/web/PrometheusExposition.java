package dev.pindex.web;

import com.codahale.metrics.MetricFilter;
import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.CustomLabelMapper;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.MapperConfig;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The whole Dropwizard registry in Prometheus's text format, through Prometheus's Dropwizard
 * bridge.
 *
 * <p>Two kinds of Dropwizard names become labelled Prometheus series: the statement timers {@code
 * pindex.db.statement.<Mapper>.<statement>} (labels {@code mapper} and {@code statement}), and the
 * names {@link LabelledName} writes. The bridge turns each Dropwizard metric into a metric family
 * of its own, and Prometheus forbids two families of one name, so the series of one family are
 * gathered here into one family.
 */
final class PrometheusExposition {

  static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;
  private static final PrometheusTextFormatWriter WRITER = PrometheusTextFormatWriter.create();
  private static final Labelling LABELLING = new Labelling();

  private final MetricRegistry registry;

  PrometheusExposition(MetricRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  void writeTo(OutputStream out) throws IOException {
    WRITER.write(out, snapshots());
  }

  private MetricSnapshots snapshots() {
    List<MetricSnapshot> families =
        new ArrayList<>(
            new DropwizardExports(registry, (name, metric) -> !LABELLING.labels(name))
                .collect().stream().toList());
    Map<String, List<MetricSnapshot>> labelled = new TreeMap<>();
    for (String name : registry.getNames()) {
      if (LABELLING.labels(name)) {
        MetricFilter onlyThis = (candidate, metric) -> candidate.equals(name);
        new DropwizardExports(registry, onlyThis, LABELLING)
            .collect()
            .forEach(
                series ->
                    labelled
                        .computeIfAbsent(
                            series.getMetadata().getName(), family -> new ArrayList<>())
                        .add(series));
      }
    }
    labelled.forEach((family, series) -> families.add(oneFamily(family, series)));
    return new MetricSnapshots(families);
  }

  private static MetricSnapshot oneFamily(String family, List<MetricSnapshot> series) {
    MetricMetadata metadata =
        new MetricMetadata(family, "Generated from Dropwizard metrics, one per label set");
    MetricSnapshot first = series.get(0);
    if (first instanceof SummarySnapshot) {
      return new SummarySnapshot(
          metadata, points(series, SummarySnapshot.SummaryDataPointSnapshot.class));
    }
    if (first instanceof GaugeSnapshot) {
      return new GaugeSnapshot(
          metadata, points(series, GaugeSnapshot.GaugeDataPointSnapshot.class));
    }
    if (first instanceof CounterSnapshot) {
      return new CounterSnapshot(
          metadata, points(series, CounterSnapshot.CounterDataPointSnapshot.class));
    }
    throw new IllegalStateException("no labelled export of " + first.getClass().getSimpleName());
  }

  private static <P extends DataPointSnapshot> List<P> points(
      List<MetricSnapshot> series, Class<P> type) {
    return series.stream()
        .flatMap(snapshot -> snapshot.getDataPoints().stream())
        .map(type::cast)
        .toList();
  }

  /**
   * Names and labels for the bridge: the statement timers by glob, {@link LabelledName}s as read.
   */
  private static final class Labelling extends CustomLabelMapper {

    Labelling() {
      super(
          List.of(
              new MapperConfig(
                  "pindex.db.statement.*.*",
                  "pindex_db_statement",
                  Map.of("mapper", "${0}", "statement", "${1}"))));
    }

    /** True when the Dropwizard name carries labels for Prometheus. */
    boolean labels(String dropwizardName) {
      return LabelledName.isLabelled(dropwizardName)
          || !super.getName(dropwizardName).equals(dropwizardName);
    }

    @Override
    public String getName(String dropwizardName) {
      return LabelledName.isLabelled(dropwizardName)
          ? LabelledName.family(dropwizardName)
          : super.getName(dropwizardName);
    }

    @Override
    public Labels getLabels(String dropwizardName, List<String> names, List<String> values) {
      if (!LabelledName.isLabelled(dropwizardName)) {
        return super.getLabels(dropwizardName, names, values);
      }
      Map<String, String> labels = LabelledName.labels(dropwizardName);
      return Labels.of(new ArrayList<>(labels.keySet()), new ArrayList<>(labels.values()))
          .merge(Labels.of(names, values));
    }
  }
}
