package dev.pindex.archfixture.violations.adapterseachother.web;

public record LoginJson(String password) {}
