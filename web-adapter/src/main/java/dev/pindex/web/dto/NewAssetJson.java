package dev.pindex.web.dto;

import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.in.CreateAssetCommand;

/** {@code POST /assets}: the symbol, a name and an optional sector. */
public record NewAssetJson(String symbol, String name, String sector) {

  public CreateAssetCommand toCommand() {
    FieldChecks checks = new FieldChecks();
    Symbol checkedSymbol = checks.required("symbol", symbol, Symbol::new);
    checks.present("name", name);
    AssetDetails details = checks.across(() -> new AssetDetails(name, sector));
    checks.throwIfAny("The asset is invalid.");
    return new CreateAssetCommand(checkedSymbol, details);
  }
}
