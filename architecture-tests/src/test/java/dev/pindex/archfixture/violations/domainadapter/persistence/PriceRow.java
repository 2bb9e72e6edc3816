package dev.pindex.archfixture.violations.domainadapter.persistence;

public record PriceRow(String symbol) {}
