package dev.pindex.domain.port.in;

import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Symbol;
import java.util.Objects;

public record UpdateAssetCommand(Symbol symbol, AssetDetails details) {

  public UpdateAssetCommand {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(details, "details");
  }
}
