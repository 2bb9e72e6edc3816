package dev.pindex.archfixture.violations.domainjdk.domain.model;

/** java.sql is in the JDK but not in the domain's JDK. */
public record PriceAtSqlDate(java.sql.Date day, long close) {}
