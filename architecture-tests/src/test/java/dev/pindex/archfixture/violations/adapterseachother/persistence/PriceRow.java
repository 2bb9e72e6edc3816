package dev.pindex.archfixture.violations.adapterseachother.persistence;

public record PriceRow(String symbol) {}
