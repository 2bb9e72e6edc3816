package dev.pindex.web;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.port.in.AllocationUseCase;
import dev.pindex.domain.port.in.ReplaceAllocationCommand;
import dev.pindex.web.dto.AllocationJson;
import dev.pindex.web.dto.AllocationTargetsJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

/** The portfolio's weights: the allocation in force on a date, and replacing a date's one. */
public final class JavalinAllocationRoutes implements JavalinRoutes {

  static final String ALLOCATIONS = "/api/v1/allocations";
  static final String ALLOCATION_ON = ALLOCATIONS + "/{date}";

  private final AllocationUseCase allocations;
  private final Authenticator authenticator;

  public JavalinAllocationRoutes(AllocationUseCase allocations, Authenticator authenticator) {
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
  }

  @Override
  public void addTo(RoutesConfig routes) {
    new ApiRoutes(routes).get(ALLOCATIONS, this::asOf, "date").put(ALLOCATION_ON, this::replace);
  }

  private void asOf(Context ctx) throws IOException {
    JsonResponses.send(
        ctx, AllocationJson.from(allocations.asOf(RequestParams.queryDate(ctx, "date"))));
  }

  private void replace(Context ctx) throws IOException {
    Caller caller = authenticator.require(ctx);
    LocalDate date = RequestParams.pathDate(ctx, "date");
    var targets = RequestBodies.json(ctx, AllocationTargetsJson.class).toDomain();
    Allocation allocation =
        allocations.replace(caller, new ReplaceAllocationCommand(date, targets));
    ctx.json(AllocationJson.from(allocation));
  }
}
