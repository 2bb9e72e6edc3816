package dev.pindex.persistence.mapper;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements over {@code allocations}; the SQL is in AllocationMapper.xml. */
public interface AllocationMapper {

  /**
   * The items of the newest allocation on or before {@code asOf} (of all, when null), with their
   * assets' symbols and names, ordered by symbol; empty when there is none.
   */
  List<AllocationItemRow> findAsOf(@Param("asOf") LocalDate asOf);

  /** Waits until no other transaction is replacing the allocation of {@code date}. */
  void lockDate(@Param("date") LocalDate date);

  void deleteDate(@Param("date") LocalDate date);

  /** Inserts the items (at least one) and returns them like {@link #findAsOf}. */
  List<AllocationItemRow> insert(
      @Param("date") LocalDate date, @Param("items") List<NewAllocationItem> items);
}
