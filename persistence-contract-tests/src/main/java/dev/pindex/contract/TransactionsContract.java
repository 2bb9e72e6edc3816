package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Transactions} promises, seen through a repository that joins its units of work:
 * commit on return, rollback on failure, savepoints that undo only their part, read-only units that
 * refuse writes, nested units that join the running one, and units that never see each other's
 * uncommitted writes. Misuse (a savepoint outside a unit, a write in a read-only one, a repository
 * called without a unit) is a programming error, an {@link IllegalStateException}, never a domain
 * outcome a client could be shown.
 *
 * <p>A subclass supplies the units of work and an asset repository over one store; each test owns
 * its symbols.
 */
public abstract class TransactionsContract {

  protected abstract Transactions transactions();

  /** The repository whose writes show what a unit of work kept. */
  protected abstract AssetRepository assetRepository();

  private static final AssetDetails DETAILS = new AssetDetails("Unit of work", null);

  private Transactions tx;
  private AssetRepository assets;
  private String prefix;
  private final ExecutorService otherThreads = Executors.newFixedThreadPool(2);

  @BeforeEach
  void wire() {
    tx = transactions();
    assets = assetRepository();
    prefix = Owned.symbolPrefix();
  }

  @AfterEach
  void stopOtherThreads() {
    otherThreads.shutdownNow();
  }

  private Symbol symbol(String suffix) {
    return new Symbol(prefix + suffix);
  }

  private Asset create(String suffix) {
    return assets.create(symbol(suffix), DETAILS);
  }

  /** The suffixes of this test's stored assets, as a later unit of work sees them. */
  private List<String> stored() {
    return tx.readOnly(this::visible);
  }

  /** The suffixes of this test's assets, as the calling unit of work sees them. */
  private List<String> visible() {
    return assets
        .list(Optional.empty(), Optional.of(new Symbol(prefix)), new PageLimit(100))
        .items()
        .stream()
        .map(asset -> asset.symbol().value())
        .filter(value -> value.startsWith(prefix))
        .map(value -> value.substring(prefix.length()))
        .toList();
  }

  private static <T> UnitOfWork<T> failing(RuntimeException failure, Runnable before) {
    return () -> {
      before.run();
      throw failure;
    };
  }

  // ---- commit and rollback ---------------------------------------------------------------------

  @Test
  void a_unit_that_returns_commits_its_writes_and_returns_the_works_value() {
    Asset created = tx.inTransaction(() -> create("A"));

    assertThat(created.symbol()).isEqualTo(symbol("A"));
    assertThat(stored()).containsExactly("A");
  }

  @Test
  void an_idempotent_unit_that_returns_commits_its_writes() {
    tx.inIdempotentTransaction(() -> create("A"));

    assertThat(stored()).containsExactly("A");
  }

  @Test
  void a_unit_that_throws_keeps_none_of_its_writes_and_rethrows_the_same_exception() {
    IllegalStateException failure = new IllegalStateException("the work gives up");

    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    failing(
                        failure,
                        () -> {
                          create("A");
                          create("B");
                        })))
        .isSameAs(failure);
    assertThat(stored()).isEmpty();
  }

  @Test
  void a_domain_exception_from_the_work_passes_through_untouched_and_undoes_the_unit() {
    NotFound notFound = new NotFound("the work found nothing");

    assertThatThrownBy(() -> tx.inIdempotentTransaction(failing(notFound, () -> create("A"))))
        .isSameAs(notFound);
    assertThat(stored()).isEmpty();
  }

  // ---- read-only units -------------------------------------------------------------------------

  @Test
  void a_read_only_unit_sees_committed_writes_and_returns_the_works_value() {
    Asset created = tx.inTransaction(() -> create("A"));

    assertThat(tx.readOnly(() -> assets.findBySymbol(symbol("A")))).contains(created);
  }

  @Test
  void a_write_inside_a_read_only_unit_fails_as_a_programming_error_and_keeps_nothing() {
    assertThatThrownBy(() -> tx.readOnly(() -> create("A")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stored()).isEmpty();
  }

  // ---- nested units join the running one -------------------------------------------------------

  @Test
  void a_nested_unit_joins_the_running_one_and_sees_its_writes() {
    List<String> seenInside =
        tx.inTransaction(
            () -> {
              create("A");
              return tx.inIdempotentTransaction(
                  () -> {
                    create("B");
                    return visible();
                  });
            });

    assertThat(seenInside).containsExactly("A", "B");
    assertThat(stored()).containsExactly("A", "B");
  }

  @Test
  void a_nested_unit_rolls_back_with_the_running_one() {
    IllegalStateException failure = new IllegalStateException("the outer work fails late");

    assertThatThrownBy(
            () -> tx.inTransaction(failing(failure, () -> tx.inTransaction(() -> create("A")))))
        .isSameAs(failure);
    assertThat(stored()).isEmpty();
  }

  @Test
  void a_nested_unit_that_fails_is_not_undone_alone_when_the_running_one_goes_on() {
    IllegalStateException failure = new IllegalStateException("the nested work fails");

    tx.inTransaction(
        () -> {
          assertThatThrownBy(() -> tx.inTransaction(failing(failure, () -> create("A"))))
              .isSameAs(failure);
          return create("B");
        });

    // joining is not a savepoint: what the nested unit wrote commits with the running one
    assertThat(stored()).containsExactly("A", "B");
  }

  @Test
  void a_read_only_unit_nested_in_a_read_write_one_takes_its_mode_and_may_write() {
    tx.inTransaction(() -> tx.readOnly(() -> create("A")));

    assertThat(stored()).containsExactly("A");
  }

  @Test
  void a_write_in_a_unit_nested_in_a_read_only_one_fails() {
    assertThatThrownBy(() -> tx.readOnly(() -> tx.inTransaction(() -> create("A"))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stored()).isEmpty();
  }

  // ---- savepoints ------------------------------------------------------------------------------

  @Test
  void a_failed_savepoint_undoes_only_its_own_writes_rethrows_and_the_unit_goes_on() {
    IllegalStateException failure = new IllegalStateException("the inner step fails");

    tx.inTransaction(
        () -> {
          create("A");
          assertThatThrownBy(() -> tx.savepoint(failing(failure, () -> create("B"))))
              .isSameAs(failure);
          assertThat(visible()).containsExactly("A");
          return create("C");
        });

    assertThat(stored()).containsExactly("A", "C");
  }

  @Test
  void a_savepoint_that_returns_keeps_its_writes_and_returns_the_works_value() {
    Asset created = tx.inTransaction(() -> tx.savepoint(() -> create("A")));

    assertThat(created.symbol()).isEqualTo(symbol("A"));
    assertThat(stored()).containsExactly("A");
  }

  @Test
  void a_conflict_inside_a_savepoint_leaves_the_unit_usable() {
    tx.inTransaction(() -> create("A"));

    tx.inTransaction(
        () -> {
          assertThatThrownBy(() -> tx.savepoint(() -> create("A"))).isInstanceOf(Conflict.class);
          return create("B");
        });

    assertThat(stored()).containsExactly("A", "B");
  }

  @Test
  void nested_savepoints_undo_only_the_one_that_failed() {
    IllegalStateException failure = new IllegalStateException("the innermost step fails");

    tx.inTransaction(
        () ->
            tx.savepoint(
                () -> {
                  create("A");
                  assertThatThrownBy(() -> tx.savepoint(failing(failure, () -> create("B"))))
                      .isSameAs(failure);
                  return create("C");
                }));

    assertThat(stored()).containsExactly("A", "C");
  }

  @Test
  void a_savepoint_that_returned_is_undone_when_its_unit_fails() {
    IllegalStateException failure = new IllegalStateException("the unit fails after the savepoint");

    assertThatThrownBy(
            () -> tx.inTransaction(failing(failure, () -> tx.savepoint(() -> create("A")))))
        .isSameAs(failure);
    assertThat(stored()).isEmpty();
  }

  @Test
  void a_savepoint_outside_a_unit_of_work_fails_and_runs_nothing() {
    AtomicBoolean ran = new AtomicBoolean();

    assertThatThrownBy(() -> tx.savepoint(() -> ran.getAndSet(true)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(ran).isFalse();
  }

  // ---- units of work and threads ---------------------------------------------------------------

  @Test
  void a_repository_called_outside_a_unit_of_work_fails() {
    assertThatThrownBy(() -> create("A")).isInstanceOf(IllegalStateException.class);
    assertThat(stored()).isEmpty();
  }

  @Test
  void another_thread_cannot_use_the_running_units_repositories() {
    Throwable fromAnotherThread =
        tx.inTransaction(
            () -> {
              Future<Asset> handedOver = otherThreads.submit(() -> create("A"));
              return catchCause(handedOver);
            });

    assertThat(fromAnotherThread).isInstanceOf(IllegalStateException.class);
    assertThat(stored()).isEmpty();
  }

  @Test
  void another_unit_sees_all_of_a_units_writes_or_none() throws Exception {
    CountDownLatch firstWritten = new CountDownLatch(1);
    Future<Asset> writer =
        otherThreads.submit(
            () ->
                tx.inTransaction(
                    () -> {
                      create("A");
                      firstWritten.countDown();
                      // a reader starting now must not see A without B
                      sleep(300);
                      return create("B");
                    }));
    assertThat(firstWritten.await(10, TimeUnit.SECONDS)).isTrue();

    List<String> seen = stored();

    writer.get(20, TimeUnit.SECONDS);
    assertThat(seen).isIn(List.of(), List.of("A", "B"));
    assertThat(stored()).containsExactly("A", "B");
  }

  @Test
  void another_unit_never_sees_writes_that_are_rolled_back() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    Future<Asset> writer =
        otherThreads.submit(
            () ->
                tx.inTransaction(
                    failing(
                        new IllegalStateException("the writer gives up"),
                        () -> {
                          create("A");
                          written.countDown();
                          sleep(300);
                        })));
    assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();

    List<String> seen = stored();

    assertThat(catchCause(writer)).isInstanceOf(IllegalStateException.class);
    assertThat(seen).isEmpty();
  }

  private static Throwable catchCause(Future<?> future) {
    try {
      future.get(20, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
