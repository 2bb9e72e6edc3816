package dev.pindex.archfixture.compliant.domain.port.in;

public record ViewPriceQuery(String symbol) {}
