package dev.pindex.archfixture.violations.inport.domain.port.in;

public record ImportPricesRequest(String csv) {}
