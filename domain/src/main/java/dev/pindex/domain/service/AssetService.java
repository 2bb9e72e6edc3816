package dev.pindex.domain.service;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.in.AssetUseCase;
import dev.pindex.domain.port.in.CreateAssetCommand;
import dev.pindex.domain.port.in.ListAssetsQuery;
import dev.pindex.domain.port.in.UpdateAssetCommand;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.Transactions;
import java.util.Objects;

public final class AssetService implements AssetUseCase {

  private final Transactions transactions;
  private final AssetRepository assets;

  public AssetService(Transactions transactions, AssetRepository assets) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.assets = Objects.requireNonNull(assets, "assets");
  }

  @Override
  public Page<Asset> list(ListAssetsQuery query) {
    return transactions.readOnly(() -> assets.list(query.sector(), query.after(), query.limit()));
  }

  @Override
  public Asset get(Symbol symbol) {
    return transactions
        .readOnly(() -> assets.findBySymbol(symbol))
        .orElseThrow(() -> noAsset(symbol));
  }

  /** Not retried: after a lost commit acknowledgement a second insert would answer 409. */
  @Override
  public Asset create(Caller caller, CreateAssetCommand command) {
    caller.requireAdmin();
    return transactions.inTransaction(() -> assets.create(command.symbol(), command.details()));
  }

  /** Retried safely: setting the same details twice leaves the same asset (a PUT). */
  @Override
  public Asset update(Caller caller, UpdateAssetCommand command) {
    caller.requireAdmin();
    return transactions
        .inIdempotentTransaction(() -> assets.update(command.symbol(), command.details()))
        .orElseThrow(() -> noAsset(command.symbol()));
  }

  /** Not retried: after a lost commit acknowledgement a second delete would answer 404. */
  @Override
  public void delete(Caller caller, Symbol symbol) {
    caller.requireAdmin();
    transactions.inTransaction(
        () -> {
          assets.delete(symbol);
          return null;
        });
  }

  static NotFound noAsset(Symbol symbol) {
    return new NotFound("No asset with symbol " + symbol + ".");
  }
}
