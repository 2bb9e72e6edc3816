package dev.pindex.memory;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.out.AssetRepository;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/** Assets in memory, in the caller's unit of work, listed by keyset pages in symbol order. */
public final class InMemoryAssetRepository implements AssetRepository {

  private final Tables tables;

  public InMemoryAssetRepository(InMemoryTransactions transactions) {
    this.tables = transactions.tables();
  }

  @Override
  public Asset create(Symbol symbol, AssetDetails details) {
    if (tables.assets.get(symbol).isPresent()) {
      throw new Conflict("An asset with symbol " + symbol + " exists.");
    }
    Instant now = tables.now();
    Asset asset = new Asset(tables.nextAssetId(), symbol, details, now, now);
    tables.assets.put(symbol, asset);
    return asset;
  }

  @Override
  public Optional<Asset> findBySymbol(Symbol symbol) {
    return tables.assets.get(symbol);
  }

  @Override
  public Optional<Asset> update(Symbol symbol, AssetDetails details) {
    return tables
        .assets
        .get(symbol)
        .map(
            stored -> {
              Asset updated =
                  new Asset(stored.id(), symbol, details, stored.createdAt(), tables.now());
              tables.assets.put(symbol, updated);
              return updated;
            });
  }

  @Override
  public void delete(Symbol symbol) {
    Asset asset =
        tables
            .assets
            .get(symbol)
            .orElseThrow(() -> new NotFound("No asset has the symbol " + symbol + "."));
    if (hasPrices(asset) || isAllocated(asset)) {
      throw new Conflict("Asset " + symbol + " is still referenced by prices or allocations.");
    }
    tables.assets.remove(symbol);
  }

  @Override
  public Page<Asset> list(Optional<String> sector, Optional<Symbol> after, PageLimit limit) {
    NavigableMap<Symbol, Asset> assets = tables.assets.rows();
    NavigableMap<Symbol, Asset> from =
        after.map(last -> assets.tailMap(last, false)).orElse(assets);
    // like SQL's sector = ?, which no asset without a sector matches
    List<Asset> overfetched =
        from.values().stream()
            .filter(asset -> sector.map(s -> s.equals(asset.details().sector())).orElse(true))
            .limit(limit.value() + 1L)
            .toList();
    return Page.fromOverfetch(overfetched, limit.value());
  }

  private boolean hasPrices(Asset asset) {
    return !tables
        .prices
        .rows()
        .subMap(PriceKey.first(asset.id()), true, PriceKey.last(asset.id()), true)
        .isEmpty();
  }

  private boolean isAllocated(Asset asset) {
    return tables.allocations.rows().values().stream()
        .flatMap(List::stream)
        .anyMatch(target -> target.symbol().equals(asset.symbol()));
  }
}
