package dev.pindex.web;

import dev.pindex.domain.model.BulkRow;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/**
 * One format of bulk body. A reader streams: it yields each row as it is read, so a body of
 * millions of rows is never held whole. A row that cannot be read or translated is yielded as an
 * invalid row; a body that is broken as a whole fails the iteration (400).
 */
interface BulkBodyReader {

  /** The Content-Type this reader accepts, lower-case, without parameters. */
  String mediaType();

  /**
   * The rows of {@code body}, numbered from 1. Failures while iterating arrive as {@link
   * java.io.UncheckedIOException}, since an {@link Iterator} cannot throw checked ones.
   */
  <W, T> Iterator<BulkRow<T>> rows(InputStream body, BulkRowSchema<W, T> schema) throws IOException;
}
