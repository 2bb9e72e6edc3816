package dev.pindex.persistence;

import dev.pindex.domain.port.out.UnitOfWork;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/**
 * One MyBatis session per unit of work, bound to the thread that runs it. MyBatis's {@link
 * SqlSessionManager} keeps the session in a thread-local, and mappers obtained from it use
 * whichever session the calling thread holds, so repositories created once join every unit of work
 * on their own; another thread finds no session and cannot touch this one.
 */
final class ThreadBoundSessions {

  private final SqlSessionManager manager;
  private final Optional<ConnectionGate> gate;

  ThreadBoundSessions(SqlSessionFactory factory) {
    this.manager = SqlSessionManager.newInstance(factory);
    this.gate = ConnectionGate.of(factory.getConfiguration().getEnvironment().getDataSource());
  }

  boolean inUnitOfWork() {
    return manager.isManagedSessionStarted();
  }

  /**
   * Runs {@code work} in a new session and transaction: committed if it returns, rolled back if it
   * throws, closed either way, so its connection goes back to the pool. The caller has made sure
   * that no unit of work is running on this thread.
   */
  <T> T inNewSession(boolean readOnly, UnitOfWork<T> work) {
    if (gate.isEmpty()) {
      manager.startManagedSession(false);
      return inStartedSession(readOnly, work);
    }
    // the pool's connection is taken through its gate (see ConnectionGate) before the session
    // starts on it; closing the session closes the connection, then the permit goes back
    Connection connection = Jdbc.call("take a connection from the pool", gate.get()::open);
    try {
      Jdbc.run("turn auto-commit off", () -> connection.setAutoCommit(false));
      manager.startManagedSession(connection);
    } catch (RuntimeException | Error e) {
      closeQuietly(connection, e);
      gate.get().release();
      throw e;
    }
    try {
      return inStartedSession(readOnly, work);
    } finally {
      gate.get().release();
    }
  }

  private static void closeQuietly(Connection connection, Throwable failure) {
    try {
      connection.close();
    } catch (SQLException closeFailure) {
      failure.addSuppressed(closeFailure);
    }
  }

  private <T> T inStartedSession(boolean readOnly, UnitOfWork<T> work) {
    boolean madeReadOnly = false;
    try {
      if (readOnly) {
        setReadOnly(true);
        madeReadOnly = true;
      }
      T result = work.run();
      // forced: MyBatis skips the commit when it saw no write, but a read-only unit or plain JDBC
      // work still has an open transaction that must end cleanly
      manager.commit(true);
      return result;
    } catch (RuntimeException | Error failure) {
      rollback(failure);
      throw failure;
    } finally {
      try {
        if (madeReadOnly) {
          setReadOnly(false);
        }
      } catch (PersistenceException brokenConnection) {
        // the connection died with the unit; the pool discards it, so there is nothing to reset
      } finally {
        manager.close();
      }
    }
  }

  /**
   * Runs {@code work} behind a savepoint of the current transaction. If it throws, its changes are
   * rolled back to the savepoint and the same exception propagates; the outer transaction goes on.
   */
  <T> T underSavepoint(UnitOfWork<T> work) {
    if (!inUnitOfWork()) {
      throw new IllegalStateException("a savepoint needs a running unit of work on this thread");
    }
    Connection connection = manager.getConnection();
    Savepoint savepoint = Jdbc.call("set a savepoint", connection::setSavepoint);
    T result;
    try {
      result = work.run();
    } catch (RuntimeException | Error failure) {
      try {
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
      } catch (SQLException rollbackFailure) {
        failure.addSuppressed(rollbackFailure);
      }
      // rows MyBatis read before the rollback may no longer exist
      manager.clearCache();
      throw failure;
    }
    Jdbc.run("release a savepoint", () -> connection.releaseSavepoint(savepoint));
    return result;
  }

  /**
   * The JDBC connection of the unit of work running on this thread, for the work MyBatis cannot do
   * (COPY, timeouts); it stays the session's, so the caller neither commits nor closes it.
   */
  Connection connection() {
    if (!inUnitOfWork()) {
      throw new IllegalStateException(
          "the connection is only available inside a unit of work; run it inside Transactions");
    }
    return manager.getConnection();
  }

  /**
   * A mapper that runs in the calling thread's unit of work, and fails loudly outside one instead
   * of letting MyBatis open and auto-commit a session per statement.
   */
  <M> M mapper(Class<M> type) {
    if (!manager.getConfiguration().hasMapper(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a registered mapper");
    }
    M joined = manager.getMapper(type);
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() != Object.class && !inUnitOfWork()) {
                throw new IllegalStateException(
                    type.getSimpleName()
                        + "."
                        + method.getName()
                        + " called outside a unit of work; run it inside Transactions");
              }
              return invoke(joined, method, args);
            }));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private void setReadOnly(boolean readOnly) {
    Jdbc.run("switch read-only mode", () -> manager.getConnection().setReadOnly(readOnly));
  }

  private void rollback(Throwable failure) {
    try {
      manager.rollback(true);
    } catch (RuntimeException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }
}
