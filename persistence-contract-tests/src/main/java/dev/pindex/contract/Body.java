package dev.pindex.contract;

import dev.pindex.domain.model.BulkRow;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A bulk body as a client sends it: rows numbered from 1 in the order they are added. */
public final class Body<T> {

  private final List<BulkRow<T>> rows = new ArrayList<>();

  public static <T> Body<T> of(List<T> values) {
    Body<T> body = new Body<>();
    values.forEach(body::valid);
    return body;
  }

  public Body<T> valid(T value) {
    rows.add(BulkRow.valid(rows.size() + 1L, value));
    return this;
  }

  /** A row the reader could not make sense of, such as a malformed number. */
  public Body<T> unreadable(String problem) {
    rows.add(BulkRow.invalid(rows.size() + 1L, problem));
    return this;
  }

  /** The number the next row will get. */
  public long nextRow() {
    return rows.size() + 1L;
  }

  public Iterator<BulkRow<T>> rows() {
    return rows.iterator();
  }
}
