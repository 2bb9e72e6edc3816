package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.FactorWeights;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PreconditionFailed;
import dev.pindex.domain.model.RebalanceFrequency;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.model.Weight;
import dev.pindex.domain.port.out.StrategyRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import dev.pindex.domain.port.out.UserRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StrategyRepository} promises: strategies reached only through their owner,
 * versions that guard against lost updates. A subclass supplies the repositories over one store and
 * the units of work they join; each test creates its own owners.
 */
public abstract class StrategyRepositoryContract {

  protected abstract Transactions transactions();

  protected abstract StrategyRepository strategyRepository();

  /** For the owners of the strategies. */
  protected abstract UserRepository userRepository();

  private final ExecutorService writers = Executors.newFixedThreadPool(2);
  private Transactions tx;
  private StrategyRepository strategies;
  private long owner;
  private long otherUser;

  @BeforeEach
  void wire() {
    tx = transactions();
    strategies = strategyRepository();
    UserRepository users = userRepository();
    owner = inUnit(() -> users.create(Owned.email(), "hash", Role.USER)).id();
    otherUser = inUnit(() -> users.create(Owned.email(), "hash", Role.USER)).id();
  }

  @AfterEach
  void stopWriters() {
    writers.shutdownNow();
  }

  private <T> T inUnit(UnitOfWork<T> work) {
    return tx.inTransaction(work);
  }

  private static StrategySettings settings(String name, String momentum, String value) {
    return new StrategySettings(
        name,
        new FactorWeights(
            Weight.of(momentum), Weight.of(value), Weight.of("0.25"), Weight.of("0.25")),
        Weight.of("0.1"),
        RebalanceFrequency.MONTHLY);
  }

  private static StrategySettings settings(String name) {
    return settings(name, "0.25", "0.25");
  }

  private Strategy create(long userId, StrategySettings settings) {
    return inUnit(() -> strategies.create(userId, settings));
  }

  private Optional<Strategy> find(long userId, long strategyId) {
    return inUnit(() -> strategies.find(userId, strategyId));
  }

  private Optional<Strategy> update(
      long userId, long strategyId, OptionalInt expectedVersion, StrategySettings settings) {
    return inUnit(() -> strategies.update(userId, strategyId, expectedVersion, settings));
  }

  @Test
  void create_stores_the_settings_for_the_owner_at_version_1() {
    StrategySettings settings = settings("Momentum tilt", "0.4", "0.1");

    Strategy created = create(owner, settings);

    assertThat(created.userId()).isEqualTo(owner);
    assertThat(created.settings()).usingRecursiveComparison(Numerically.EQUAL).isEqualTo(settings);
    assertThat(created.version()).isEqualTo(1);
    assertThat(find(owner, created.id())).contains(created);
  }

  @Test
  void create_with_a_name_the_owner_already_uses_is_a_conflict() {
    create(owner, settings("Core"));

    assertThatThrownBy(() -> create(owner, settings("Core", "0.4", "0.1")))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Core");
    assertThat(inUnit(() -> strategies.listByOwner(owner))).hasSize(1);
  }

  @Test
  void create_for_an_account_that_does_not_exist_is_a_conflict() {
    // ids are assigned in ascending order, so a bigger one than the newest is unused
    long noAccount = Math.max(owner, otherUser) + 1_000_000;

    assertThatThrownBy(() -> create(noAccount, settings("Orphan"))).isInstanceOf(Conflict.class);
    assertThat(inUnit(() -> strategies.listByOwner(noAccount))).isEmpty();
  }

  @Test
  void another_user_may_use_the_same_name() {
    create(owner, settings("Core"));

    Strategy theirs = create(otherUser, settings("Core"));

    assertThat(find(otherUser, theirs.id())).contains(theirs);
  }

  @Test
  void list_by_owner_returns_only_the_owners_strategies_ordered_by_id() {
    Strategy second = create(owner, settings("B"));
    create(otherUser, settings("Theirs"));
    Strategy third = create(owner, settings("A"));

    assertThat(inUnit(() -> strategies.listByOwner(owner))).containsExactly(second, third);
  }

  @Test
  void find_of_another_users_strategy_is_empty() {
    Strategy theirs = create(otherUser, settings("Theirs"));

    assertThat(find(owner, theirs.id())).isEmpty();
  }

  @Test
  void update_with_the_current_version_stores_the_settings_and_raises_the_version() {
    Strategy created = create(owner, settings("Core"));
    StrategySettings changed = settings("Core v2", "0.1", "0.4");

    Optional<Strategy> updated = update(owner, created.id(), OptionalInt.of(1), changed);

    assertThat(updated)
        .get()
        .satisfies(
            strategy -> {
              assertThat(strategy.settings())
                  .usingRecursiveComparison(Numerically.EQUAL)
                  .isEqualTo(changed);
              assertThat(strategy.version()).isEqualTo(2);
              assertThat(strategy.createdAt()).isEqualTo(created.createdAt());
            });
    assertThat(find(owner, created.id())).isEqualTo(updated);
  }

  @Test
  void update_without_an_expected_version_raises_the_version_too() {
    Strategy created = create(owner, settings("Core"));

    Optional<Strategy> updated =
        update(owner, created.id(), OptionalInt.empty(), settings("Core v2"));

    assertThat(updated).get().extracting(Strategy::version).isEqualTo(2);
  }

  @Test
  void update_with_a_stale_version_is_a_precondition_failure_naming_the_current_version() {
    Strategy created = create(owner, settings("Core"));
    update(owner, created.id(), OptionalInt.of(1), settings("Core v2"));

    assertThatThrownBy(() -> update(owner, created.id(), OptionalInt.of(1), settings("Core v3")))
        .isInstanceOf(PreconditionFailed.class)
        .hasMessageContaining("2");
    assertThat(find(owner, created.id()))
        .get()
        .satisfies(
            strategy -> {
              assertThat(strategy.version()).isEqualTo(2);
              assertThat(strategy.settings().name()).isEqualTo("Core v2");
            });
  }

  @Test
  void two_updates_from_one_version_at_once_let_one_win_and_the_other_fail_its_precondition()
      throws Exception {
    Strategy created = create(owner, settings("Core"));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<Strategy>>> updates = new ArrayList<>();
    for (String name : List.of("Core by one", "Core by two")) {
      updates.add(
          writers.submit(
              () -> {
                start.await();
                return update(owner, created.id(), OptionalInt.of(1), settings(name));
              }));
    }

    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Optional<Strategy>> update : updates) {
      try {
        outcomes.add(update.get(20, TimeUnit.SECONDS).orElseThrow().version());
      } catch (ExecutionException e) {
        outcomes.add(e.getCause().getClass());
      }
    }

    assertThat(outcomes).containsExactlyInAnyOrder(2, PreconditionFailed.class);
    assertThat(find(owner, created.id())).get().extracting(Strategy::version).isEqualTo(2);
  }

  @Test
  void update_of_another_users_strategy_is_empty_even_with_its_version_and_changes_nothing() {
    Strategy theirs = create(otherUser, settings("Theirs"));

    assertThat(update(owner, theirs.id(), OptionalInt.of(1), settings("Mine now"))).isEmpty();
    assertThat(update(owner, theirs.id(), OptionalInt.of(7), settings("Mine now"))).isEmpty();
    assertThat(find(otherUser, theirs.id())).contains(theirs);
  }

  @Test
  void update_of_an_absent_strategy_is_empty() {
    Strategy created = create(owner, settings("Core"));
    long absent = created.id() + 1_000_000;

    assertThat(update(owner, absent, OptionalInt.empty(), settings("Core"))).isEmpty();
  }

  @Test
  void update_to_a_name_another_of_the_owners_strategies_uses_is_a_conflict() {
    create(owner, settings("Taken"));
    Strategy other = create(owner, settings("Free"));

    assertThatThrownBy(() -> update(owner, other.id(), OptionalInt.of(1), settings("Taken")))
        .isInstanceOf(Conflict.class);
    assertThat(find(owner, other.id())).contains(other);
  }

  @Test
  void delete_removes_the_strategy() {
    Strategy created = create(owner, settings("Core"));

    inUnit(
        () -> {
          strategies.delete(owner, created.id());
          return null;
        });

    assertThat(find(owner, created.id())).isEmpty();
  }

  @Test
  void delete_of_another_users_strategy_is_not_found_and_keeps_it() {
    Strategy theirs = create(otherUser, settings("Theirs"));

    assertThatThrownBy(
            () ->
                inUnit(
                    () -> {
                      strategies.delete(owner, theirs.id());
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    assertThat(inUnit(() -> strategies.listByOwner(otherUser))).isEqualTo(List.of(theirs));
  }
}
