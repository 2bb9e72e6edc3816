package dev.pindex.web;

import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.port.in.ListPricesQuery;
import dev.pindex.domain.port.in.PricesUseCase;
import dev.pindex.web.dto.PriceJson;
import dev.pindex.web.dto.PriceRowJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An asset's daily prices, and the bulk load of many assets' prices. */
public final class JavalinPriceRoutes implements JavalinRoutes {

  static final String ASSET_PRICES = JavalinAssetRoutes.ASSET + "/prices";
  static final String PRICES = "/api/v1/prices";
  static final BulkRowSchema<PriceRowJson, PriceRow> ROWS =
      new BulkRowSchema<>(
          PriceRowJson.class,
          List.of("symbol", "date", "close", "volume"),
          csv -> new PriceRowJson(csv.text(0), csv.text(1), csv.decimal(2), csv.integer(3)),
          PriceRowJson::toDomain);

  private final PricesUseCase prices;
  private final Authenticator authenticator;
  private final Paging<LocalDate> paging;

  public JavalinPriceRoutes(
      PricesUseCase prices, Authenticator authenticator, CursorCodec cursors) {
    this.prices = Objects.requireNonNull(prices, "prices");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.paging =
        Paging.byDate(
            Objects.requireNonNull(cursors, "cursors"),
            "prices",
            Page.DEFAULT_PRICE_LIMIT,
            Page.MAX_PRICE_LIMIT);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new ApiRoutes(routes)
        .get(ASSET_PRICES, this::list, "from", "to", Paging.LIMIT, Paging.CURSOR)
        .putBulk(PRICES, this::upsert);
  }

  private void list(Context ctx) throws IOException {
    var query =
        new ListPricesQuery(
            RequestParams.pathSymbol(ctx),
            RequestParams.queryRange(ctx),
            paging.after(ctx),
            paging.limit(ctx));
    JsonResponses.send(ctx, paging.answer(prices.list(query), Price::date, PriceJson::from));
  }

  private void upsert(Context ctx) throws IOException {
    BulkBodies.load(ctx, authenticator.require(ctx), ROWS, prices::upsert);
  }
}
