package dev.pindex.archfixture.violations.adapterbootstrap.bootstrap;

public record Settings(int port, int poolSize, int hashMemoryKiB) {}
