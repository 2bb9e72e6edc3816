package dev.pindex.web;

import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.port.in.RiskMetricsUseCase;
import dev.pindex.web.dto.RiskMetricsJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The index's daily risk figures: read by anyone, loaded in bulk by admins. */
public final class JavalinRiskMetricsRoutes implements JavalinRoutes {

  static final String RISK_METRICS = "/api/v1/risk-metrics";
  static final String LATEST = RISK_METRICS + "/latest";
  static final BulkRowSchema<RiskMetricsJson, RiskMetrics> ROWS =
      new BulkRowSchema<>(
          RiskMetricsJson.class,
          List.of("date", "sharpe_ratio", "sortino_ratio", "volatility", "max_drawdown", "var_95"),
          csv ->
              new RiskMetricsJson(
                  csv.text(0),
                  csv.decimal(1),
                  csv.decimal(2),
                  csv.decimal(3),
                  csv.decimal(4),
                  csv.decimal(5)),
          RiskMetricsJson::toDomain);

  private final RiskMetricsUseCase riskMetrics;
  private final Authenticator authenticator;
  private final Paging<LocalDate> paging;

  public JavalinRiskMetricsRoutes(
      RiskMetricsUseCase riskMetrics, Authenticator authenticator, CursorCodec cursors) {
    this.riskMetrics = Objects.requireNonNull(riskMetrics, "riskMetrics");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.paging =
        Paging.byDate(
            Objects.requireNonNull(cursors, "cursors"),
            "risk-metrics",
            Page.DEFAULT_LIMIT,
            Page.MAX_LIMIT);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new ApiRoutes(routes)
        .get(RISK_METRICS, this::list, "from", "to", Paging.LIMIT, Paging.CURSOR)
        .get(LATEST, this::latest)
        .putBulk(RISK_METRICS, this::upsert);
  }

  private void list(Context ctx) throws IOException {
    var query = Paging.datedQuery(ctx, paging);
    JsonResponses.send(
        ctx, paging.answer(riskMetrics.list(query), RiskMetrics::date, RiskMetricsJson::from));
  }

  private void latest(Context ctx) {
    ctx.json(RiskMetricsJson.from(riskMetrics.latest()));
  }

  private void upsert(Context ctx) throws IOException {
    BulkBodies.load(ctx, authenticator.require(ctx), ROWS, riskMetrics::upsert);
  }
}
