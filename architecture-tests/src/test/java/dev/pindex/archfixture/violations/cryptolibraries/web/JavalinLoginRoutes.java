package dev.pindex.archfixture.violations.cryptolibraries.web;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.util.encoders.Base64;

public final class JavalinLoginRoutes {
  String basicCredentials(String header) {
    return new String(Base64.decode(header), StandardCharsets.UTF_8);
  }
}
