package dev.pindex.web;

import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.port.in.IndexValuesUseCase;
import dev.pindex.web.dto.IndexValueJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The index's daily values: read by anyone, loaded in bulk by admins. */
public final class JavalinIndexValueRoutes implements JavalinRoutes {

  static final String INDEX_VALUES = "/api/v1/index-values";
  static final BulkRowSchema<IndexValueJson, IndexValue> ROWS =
      new BulkRowSchema<>(
          IndexValueJson.class,
          List.of("date", "value"),
          csv -> new IndexValueJson(csv.text(0), csv.decimal(1)),
          IndexValueJson::toDomain);

  private final IndexValuesUseCase indexValues;
  private final Authenticator authenticator;
  private final Paging<LocalDate> paging;

  public JavalinIndexValueRoutes(
      IndexValuesUseCase indexValues, Authenticator authenticator, CursorCodec cursors) {
    this.indexValues = Objects.requireNonNull(indexValues, "indexValues");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.paging =
        Paging.byDate(
            Objects.requireNonNull(cursors, "cursors"),
            "index-values",
            Page.DEFAULT_LIMIT,
            Page.MAX_LIMIT);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new ApiRoutes(routes)
        .get(INDEX_VALUES, this::list, "from", "to", Paging.LIMIT, Paging.CURSOR)
        .putBulk(INDEX_VALUES, this::upsert);
  }

  private void list(Context ctx) throws IOException {
    var query = Paging.datedQuery(ctx, paging);
    JsonResponses.send(
        ctx, paging.answer(indexValues.list(query), IndexValue::date, IndexValueJson::from));
  }

  private void upsert(Context ctx) throws IOException {
    BulkBodies.load(ctx, authenticator.require(ctx), ROWS, indexValues::upsert);
  }
}
