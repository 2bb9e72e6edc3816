package dev.pindex.persistence.mapper;

/**
 * A row of a bulk body, staged for a load, that breaks a rule. Checks return at most a limited
 * number of them, so each also carries how many rows broke the rule in all.
 */
public interface StagedBadRow {

  /** The row's 1-based number in the body. */
  long rowNo();

  /** How many staged rows broke the same rule, the ones not returned included. */
  long badRows();
}
