package dev.pindex.persistence.mapper;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Param;

/** Statements over {@code assets}; the SQL is in AssetMapper.xml. */
public interface AssetMapper {

  /** The new asset, or empty when the symbol is taken. */
  Optional<AssetRow> insert(
      @Param("symbol") String symbol, @Param("name") String name, @Param("sector") String sector);

  Optional<AssetRow> findBySymbol(@Param("symbol") String symbol);

  /** The assets of those symbols that exist, in no particular order. */
  List<AssetRow> findBySymbols(@Param("symbols") String[] symbols);

  Optional<AssetRow> update(
      @Param("symbol") String symbol, @Param("name") String name, @Param("sector") String sector);

  /** Deletes the asset unless prices or allocations reference it; the number deleted. */
  int deleteUnreferenced(@Param("symbol") String symbol);

  boolean exists(@Param("symbol") String symbol);

  /** Up to {@code limit + 1} assets by symbol, of {@code sector} and after {@code after} if set. */
  List<AssetRow> list(
      @Param("sector") String sector, @Param("after") String after, @Param("limit") int limit);
}
