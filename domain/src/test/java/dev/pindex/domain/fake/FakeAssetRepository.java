package dev.pindex.domain.fake;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class FakeAssetRepository implements AssetRepository {

  private final FakeTransactions transactions;
  private final TreeMap<Symbol, Asset> bySymbol = new TreeMap<>();
  private long lastId;

  public FakeAssetRepository(FakeTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Asset create(Symbol symbol, AssetDetails details) {
    transactions.write("assets.create");
    if (bySymbol.containsKey(symbol)) {
      throw new Conflict("An asset with symbol " + symbol + " exists.");
    }
    return seed(symbol, details);
  }

  @Override
  public Optional<Asset> findBySymbol(Symbol symbol) {
    transactions.read("assets.findBySymbol");
    return stored(symbol);
  }

  @Override
  public Optional<Asset> update(Symbol symbol, AssetDetails details) {
    transactions.write("assets.update");
    return Optional.ofNullable(
        bySymbol.computeIfPresent(
            symbol,
            (key, asset) ->
                new Asset(asset.id(), symbol, details, asset.createdAt(), TestData.NOW)));
  }

  @Override
  public void delete(Symbol symbol) {
    transactions.write("assets.delete");
    if (bySymbol.remove(symbol) == null) {
      throw new NotFound("No asset with symbol " + symbol + ".");
    }
  }

  @Override
  public Page<Asset> list(Optional<String> sector, Optional<Symbol> after, PageLimit limit) {
    transactions.read("assets.list");
    List<Asset> rows =
        (after.isPresent() ? bySymbol.tailMap(after.get(), false) : bySymbol)
            .values().stream()
                .filter(asset -> sector.isEmpty() || sector.get().equals(asset.details().sector()))
                .limit(limit.value() + 1L)
                .toList();
    return Page.fromOverfetch(rows, limit.value());
  }

  /** Test setup, outside any unit of work. */
  public Asset seed(Symbol symbol, AssetDetails details) {
    Asset asset = new Asset(++lastId, symbol, details, TestData.NOW, TestData.NOW);
    bySymbol.put(symbol, asset);
    return asset;
  }

  /** Test inspection, and lookups the other fakes make, outside the recorded calls. */
  public Optional<Asset> stored(Symbol symbol) {
    return Optional.ofNullable(bySymbol.get(symbol));
  }

  public List<Asset> all() {
    return List.copyOf(bySymbol.values());
  }
}
