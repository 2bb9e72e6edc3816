package dev.pindex.web.dto;

import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.in.UpdateAssetCommand;

/** {@code PUT /assets/{symbol}}: the new name and sector; a missing sector clears it. */
public record AssetChangesJson(String name, String sector) {

  public UpdateAssetCommand toCommand(Symbol symbol) {
    FieldChecks checks = new FieldChecks();
    checks.present("name", name);
    AssetDetails details = checks.across(() -> new AssetDetails(name, sector));
    checks.throwIfAny("The asset is invalid.");
    return new UpdateAssetCommand(symbol, details);
  }
}
