package dev.pindex.persistence;

import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Plain JDBC calls made next to MyBatis on a unit of work's connection. A failure leaves in
 * MyBatis's own wrapper, so it is translated by SQLState exactly like a failed mapper statement.
 */
final class Jdbc {

  private Jdbc() {}

  interface Call<T> {
    T call() throws SQLException;
  }

  interface Action {
    void run() throws SQLException;
  }

  static <T> T call(String what, Call<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw new PersistenceException("Could not " + what, e);
    }
  }

  static void run(String what, Action action) {
    call(
        what,
        () -> {
          action.run();
          return null;
        });
  }
}
