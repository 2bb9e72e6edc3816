package dev.pindex.domain.model;

/** What the demo dataset put in the database. */
public record DemoDataSummary(
    int assets, long prices, int allocationDates, long indexValues, long riskMetrics) {}
