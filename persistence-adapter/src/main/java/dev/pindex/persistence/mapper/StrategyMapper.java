package dev.pindex.persistence.mapper;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Param;

/**
 * Statements over {@code strategy_config}, each restricted to one owner; the SQL is in
 * StrategyMapper.xml.
 */
public interface StrategyMapper {

  List<StrategyRow> listByOwner(@Param("userId") long userId);

  /** The new strategy, or empty when the owner has one with this name. */
  Optional<StrategyRow> insert(
      @Param("userId") long userId, @Param("values") StrategyValues values);

  Optional<StrategyRow> find(@Param("userId") long userId, @Param("id") long id);

  /**
   * The updated strategy with its version raised by one; empty when the owner has no such strategy
   * or, if {@code expectedVersion} is not null, when its version differs.
   */
  Optional<StrategyRow> update(
      @Param("userId") long userId,
      @Param("id") long id,
      @Param("expectedVersion") Integer expectedVersion,
      @Param("values") StrategyValues values);

  int delete(@Param("userId") long userId, @Param("id") long id);
}
