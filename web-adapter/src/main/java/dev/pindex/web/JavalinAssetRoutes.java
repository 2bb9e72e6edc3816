package dev.pindex.web;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.in.AssetUseCase;
import dev.pindex.domain.port.in.ListAssetsQuery;
import dev.pindex.web.dto.AssetChangesJson;
import dev.pindex.web.dto.AssetJson;
import dev.pindex.web.dto.NewAssetJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Assets: read by anyone, written by admins (the use case decides who is one). */
public final class JavalinAssetRoutes implements JavalinRoutes {

  static final String ASSETS = "/api/v1/assets";
  static final String ASSET = ASSETS + "/{symbol}";

  private final AssetUseCase assets;
  private final Authenticator authenticator;
  private final Paging<Symbol> paging;

  public JavalinAssetRoutes(AssetUseCase assets, Authenticator authenticator, CursorCodec cursors) {
    this.assets = Objects.requireNonNull(assets, "assets");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.paging = Paging.bySymbol(Objects.requireNonNull(cursors, "cursors"), "assets");
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new ApiRoutes(routes)
        .get(ASSETS, this::list, "sector", Paging.LIMIT, Paging.CURSOR)
        .get(ASSET, this::get)
        .post(ASSETS, this::create)
        .put(ASSET, this::update)
        .delete(ASSET, this::delete);
  }

  private void list(Context ctx) throws IOException {
    var query =
        new ListAssetsQuery(
            RequestParams.query(ctx, "sector"), paging.after(ctx), paging.limit(ctx));
    JsonResponses.send(ctx, paging.answer(assets.list(query), Asset::symbol, AssetJson::from));
  }

  private void get(Context ctx) throws IOException {
    JsonResponses.send(ctx, AssetJson.from(assets.get(RequestParams.pathSymbol(ctx))));
  }

  private void create(Context ctx) throws IOException {
    Caller caller = authenticator.require(ctx);
    Asset asset = assets.create(caller, RequestBodies.json(ctx, NewAssetJson.class).toCommand());
    ctx.status(201).header("Location", location(asset.symbol())).json(AssetJson.from(asset));
  }

  private void update(Context ctx) throws IOException {
    Caller caller = authenticator.require(ctx);
    Symbol symbol = RequestParams.pathSymbol(ctx);
    Asset asset =
        assets.update(caller, RequestBodies.json(ctx, AssetChangesJson.class).toCommand(symbol));
    ctx.json(AssetJson.from(asset));
  }

  private void delete(Context ctx) {
    Caller caller = authenticator.require(ctx);
    assets.delete(caller, RequestParams.pathSymbol(ctx));
    ctx.status(204);
  }

  /** Symbols may hold {@code ^} and {@code =}, which a path segment carries percent-encoded. */
  private static String location(Symbol symbol) {
    return ASSETS + "/" + URLEncoder.encode(symbol.value(), StandardCharsets.UTF_8);
  }
}
