package dev.pindex.archfixture.violations.mapperleak.persistence.mapper;

public record PriceRow(String symbol) {}
