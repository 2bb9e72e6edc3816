package dev.pindex.domain.model;

import java.util.Locale;

/** What an account may do: every account reads and owns strategies; admins write market data. */
public enum Role {
  USER,
  ADMIN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
