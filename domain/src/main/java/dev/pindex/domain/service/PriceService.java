package dev.pindex.domain.service;

import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.ListPricesQuery;
import dev.pindex.domain.port.in.PricesUseCase;
import dev.pindex.domain.port.in.UpsertCommand;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.Transactions;
import java.util.Objects;

public final class PriceService implements PricesUseCase {

  private final Transactions transactions;
  private final AssetRepository assets;
  private final PriceRepository prices;

  public PriceService(Transactions transactions, AssetRepository assets, PriceRepository prices) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.assets = Objects.requireNonNull(assets, "assets");
    this.prices = Objects.requireNonNull(prices, "prices");
  }

  /**
   * One read resolves the symbol and reads the range. An empty page may mean an unknown symbol or
   * no prices in the range, so only then is the symbol looked up, in the same unit: an unknown
   * symbol is not found rather than an empty page.
   */
  @Override
  public Page<Price> list(ListPricesQuery query) {
    return transactions.readOnly(
        () -> {
          Page<Price> page =
              prices.findRange(query.symbol(), query.range(), query.after(), query.limit());
          if (page.items().isEmpty() && assets.findBySymbol(query.symbol()).isEmpty()) {
            throw AssetService.noAsset(query.symbol());
          }
          return page;
        });
  }

  /**
   * Not retried: the rows come from a request body that is consumed once, so the unit could not be
   * repeated with the same input. The load is all or nothing instead.
   */
  @Override
  public UpsertCounts upsert(UpsertCommand<PriceRow> command) {
    command.caller().requireAdmin();
    return transactions.inTransaction(() -> prices.upsert(command.rows()));
  }
}
