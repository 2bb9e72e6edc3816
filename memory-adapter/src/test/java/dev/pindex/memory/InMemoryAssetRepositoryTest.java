package dev.pindex.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.contract.AssetRepositoryContract;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.Transactions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryAssetRepositoryTest extends AssetRepositoryContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected AssetRepository assetRepository() {
    return new InMemoryAssetRepository(store);
  }

  @Override
  protected PriceRepository priceRepository() {
    return new InMemoryPriceRepository(store);
  }

  @Override
  protected AllocationRepository allocationRepository() {
    return new InMemoryAllocationRepository(store);
  }

  /** The contract stays silent on punctuation, whose order depends on the database's collation. */
  @Test
  void list_orders_symbols_by_their_bytes_as_the_c_collation_does() {
    AssetRepository assets = assetRepository();
    List<String> symbols = List.of("A^", "AB", "A=", "A0", "A.B", "A-B");

    List<String> listed =
        store
            .inTransaction(
                () -> {
                  symbols.forEach(s -> assets.create(new Symbol(s), new AssetDetails(s, null)));
                  return assets.list(Optional.empty(), Optional.empty(), new PageLimit(10)).items();
                })
            .stream()
            .map(asset -> asset.symbol().value())
            .toList();

    assertThat(listed).containsExactly("A-B", "A.B", "A0", "A=", "AB", "A^");
  }
}
