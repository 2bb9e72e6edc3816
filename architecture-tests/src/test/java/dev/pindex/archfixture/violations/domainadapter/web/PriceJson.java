package dev.pindex.archfixture.violations.domainadapter.web;

public record PriceJson(String symbol) {}
