package dev.pindex.archfixture.violations.adapterbootstrap.web;

import dev.pindex.archfixture.violations.adapterbootstrap.bootstrap.Settings;

public final class WebServer {
  int port(Settings settings) {
    return settings.port();
  }
}
