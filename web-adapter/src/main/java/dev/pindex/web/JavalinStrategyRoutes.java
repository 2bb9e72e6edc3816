package dev.pindex.web;

import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.port.in.StrategyUseCase;
import dev.pindex.domain.port.in.UpdateStrategyCommand;
import dev.pindex.web.dto.PageJson;
import dev.pindex.web.dto.StrategyJson;
import dev.pindex.web.dto.StrategySettingsJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Each user's own strategy configurations. One strategy answers with its version as {@code ETag}; a
 * change may name the version it was made against in {@code If-Match}.
 */
public final class JavalinStrategyRoutes implements JavalinRoutes {

  static final String STRATEGIES = "/api/v1/strategies";
  static final String STRATEGY = STRATEGIES + "/{id}";

  private final StrategyUseCase strategies;
  private final Authenticator authenticator;

  public JavalinStrategyRoutes(StrategyUseCase strategies, Authenticator authenticator) {
    this.strategies = Objects.requireNonNull(strategies, "strategies");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new ApiRoutes(routes)
        .get(STRATEGIES, this::list)
        .post(STRATEGIES, this::create)
        .get(STRATEGY, this::get)
        .put(STRATEGY, this::update)
        .delete(STRATEGY, this::delete);
  }

  /** A user holds a handful of strategies: they come as one page, never with a cursor. */
  private void list(Context ctx) {
    Caller caller = authenticator.require(ctx);
    ctx.json(
        new PageJson<>(strategies.list(caller).stream().map(StrategyJson::from).toList(), null));
  }

  private void create(Context ctx) throws IOException {
    Caller caller = authenticator.require(ctx);
    StrategySettings settings = RequestBodies.json(ctx, StrategySettingsJson.class).toDomain();
    Strategy strategy = strategies.create(caller, settings);
    ctx.status(201).header("Location", STRATEGIES + "/" + strategy.id());
    answer(ctx, strategy);
  }

  private void get(Context ctx) {
    Caller caller = authenticator.require(ctx);
    answer(ctx, strategies.get(caller, RequestParams.pathId(ctx, "id")));
  }

  private void update(Context ctx) throws IOException {
    Caller caller = authenticator.require(ctx);
    long id = RequestParams.pathId(ctx, "id");
    OptionalInt expected = EntityTags.expectedVersion(ctx.header(EntityTags.IF_MATCH));
    StrategySettings settings = RequestBodies.json(ctx, StrategySettingsJson.class).toDomain();
    answer(ctx, strategies.update(caller, new UpdateStrategyCommand(id, expected, settings)));
  }

  private void delete(Context ctx) {
    Caller caller = authenticator.require(ctx);
    strategies.delete(caller, RequestParams.pathId(ctx, "id"));
    ctx.status(204);
  }

  private static void answer(Context ctx, Strategy strategy) {
    ctx.header("ETag", EntityTags.of(strategy.version())).json(StrategyJson.from(strategy));
  }
}
