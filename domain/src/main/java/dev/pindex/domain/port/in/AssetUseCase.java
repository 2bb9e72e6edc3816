package dev.pindex.domain.port.in;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.Symbol;

/** One asset: read by anyone, written by admins. */
public interface AssetUseCase {

  Page<Asset> list(ListAssetsQuery query);

  /** {@code NotFound} when absent. */
  Asset get(Symbol symbol);

  /** {@code Forbidden} for non-admins, {@code Conflict} on a duplicate symbol. */
  Asset create(Caller caller, CreateAssetCommand command);

  /** {@code Forbidden} for non-admins, {@code NotFound} when absent. */
  Asset update(Caller caller, UpdateAssetCommand command);

  /**
   * {@code Forbidden}, {@code NotFound}, or {@code Conflict} while prices or allocations refer to
   * it.
   */
  void delete(Caller caller, Symbol symbol);
}
