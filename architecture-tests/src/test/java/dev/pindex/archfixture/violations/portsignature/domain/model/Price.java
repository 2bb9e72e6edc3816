package dev.pindex.archfixture.violations.portsignature.domain.model;

public record Price(String symbol, long close) {}
