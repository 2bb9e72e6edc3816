package dev.pindex.archfixture.violations.httplibraries.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;

public final class PriceJsonColumn {
  private final ObjectMapper json = new ObjectMapper();

  String write(Object value) throws Exception {
    return json.writeValueAsString(value);
  }
}
