package dev.pindex.archfixture.violations.standardstreams.web;

public final class JavalinPriceRoutes {
  void view(String symbol) {
    System.out.println("viewing " + symbol);
  }
}
