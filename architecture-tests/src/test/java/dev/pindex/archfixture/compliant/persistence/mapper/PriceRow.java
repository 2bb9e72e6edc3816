package dev.pindex.archfixture.compliant.persistence.mapper;

import java.math.BigDecimal;

public record PriceRow(String symbol, BigDecimal close, String currency) {}
