package dev.pindex.persistence;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.persistence.mapper.AssetMapper;
import dev.pindex.persistence.mapper.AssetRow;
import java.util.Optional;

/** Assets in PostgreSQL, in the caller's unit of work. */
public final class MyBatisAssetRepository implements AssetRepository {

  private final AssetMapper mapper;

  public MyBatisAssetRepository(MyBatisTransactions transactions) {
    this.mapper = transactions.mapper(AssetMapper.class);
  }

  @Override
  public Asset create(Symbol symbol, AssetDetails details) {
    return mapper
        .insert(symbol.value(), details.name(), details.sector())
        .map(MyBatisAssetRepository::toAsset)
        .orElseThrow(() -> new Conflict("An asset with symbol " + symbol + " exists."));
  }

  @Override
  public Optional<Asset> findBySymbol(Symbol symbol) {
    return mapper.findBySymbol(symbol.value()).map(MyBatisAssetRepository::toAsset);
  }

  @Override
  public Optional<Asset> update(Symbol symbol, AssetDetails details) {
    return mapper
        .update(symbol.value(), details.name(), details.sector())
        .map(MyBatisAssetRepository::toAsset);
  }

  @Override
  public void delete(Symbol symbol) {
    if (mapper.deleteUnreferenced(symbol.value()) == 1) {
      return;
    }
    if (mapper.exists(symbol.value())) {
      throw new Conflict("Asset " + symbol + " is still referenced by prices or allocations.");
    }
    throw new NotFound("No asset has the symbol " + symbol + ".");
  }

  @Override
  public Page<Asset> list(Optional<String> sector, Optional<Symbol> after, PageLimit limit) {
    return Page.fromOverfetch(
        mapper
            .list(sector.orElse(null), after.map(Symbol::value).orElse(null), limit.value())
            .stream()
            .map(MyBatisAssetRepository::toAsset)
            .toList(),
        limit.value());
  }

  private static Asset toAsset(AssetRow row) {
    return new Asset(
        row.id(),
        new Symbol(row.symbol()),
        new AssetDetails(row.name(), row.sector()),
        row.createdAt(),
        row.updatedAt());
  }
}
