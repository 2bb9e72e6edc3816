package dev.pindex.domain.port.out;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import java.util.Optional;

public interface AssetRepository {

  /** {@code Conflict} when the symbol exists. */
  Asset create(Symbol symbol, AssetDetails details);

  Optional<Asset> findBySymbol(Symbol symbol);

  /** The updated asset, or empty when no asset has this symbol. */
  Optional<Asset> update(Symbol symbol, AssetDetails details);

  /** {@code NotFound} when absent; {@code Conflict} while prices or allocations reference it. */
  void delete(Symbol symbol);

  /** Assets ordered by symbol, optionally of one sector, starting after {@code after}. */
  Page<Asset> list(Optional<String> sector, Optional<Symbol> after, PageLimit limit);
}
