package dev.pindex.domain.fake;

import dev.pindex.domain.model.PlainPassword;
import dev.pindex.domain.port.out.PasswordHasher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast stand-in for a salted hash: every hash is new, even of the same password. It refuses to
 * run inside a unit of work, where a real, slow hash would hold a pooled connection.
 */
public final class FakePasswordHasher implements PasswordHasher {

  private final FakeTransactions transactions;
  private final Map<String, String> passwordByHash = new HashMap<>();
  private final List<String> produced = new ArrayList<>();
  private final List<String> checked = new ArrayList<>();

  public FakePasswordHasher(FakeTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public String hash(PlainPassword password) {
    requireOutsideUnit("hash");
    String hash = "fake-hash-" + (produced.size() + 1);
    passwordByHash.put(hash, password.value());
    produced.add(hash);
    return hash;
  }

  @Override
  public boolean matches(PlainPassword password, String storedHash) {
    requireOutsideUnit("matches");
    checked.add(storedHash);
    return password.value().equals(passwordByHash.get(storedHash));
  }

  /** Every hash made, oldest first. */
  public List<String> produced() {
    return List.copyOf(produced);
  }

  /** The password a hash made here was made from. */
  public String passwordBehind(String hash) {
    return passwordByHash.get(hash);
  }

  /** The stored hashes that passwords were checked against, oldest first. */
  public List<String> checked() {
    return List.copyOf(checked);
  }

  private void requireOutsideUnit(String call) {
    if (transactions.insideUnit()) {
      throw new AssertionError("hasher." + call + " ran inside a unit of work");
    }
  }
}
