package dev.pindex.archfixture.violations.adapterseachother.web;

public record PriceJson(String symbol) {}
