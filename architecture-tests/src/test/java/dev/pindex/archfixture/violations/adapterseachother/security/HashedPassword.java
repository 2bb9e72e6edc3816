package dev.pindex.archfixture.violations.adapterseachother.security;

public record HashedPassword(String phc) {}
