package dev.pindex.domain.service;

import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.READ_ONLY;
import static dev.pindex.domain.testdata.StrategySettingsBuilder.aStrategy;
import static dev.pindex.domain.testdata.TestData.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pindex.domain.fake.FakeTransactions.Unit;
import dev.pindex.domain.fake.Fakes;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PreconditionFailed;
import dev.pindex.domain.model.RebalanceFrequency;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.port.in.UpdateStrategyCommand;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StrategyServiceTest {

  private static final Caller OWNER = user(7);
  private static final Caller SOMEONE_ELSE = user(8);
  private static final StrategySettings WEEKLY =
      aStrategy().named("Weekly").rebalancing(RebalanceFrequency.WEEKLY).build();

  private final Fakes fakes = new Fakes();
  private final StrategyService service = new StrategyService(fakes.transactions, fakes.strategies);

  @Test
  void a_user_creates_a_strategy_in_a_transaction_that_is_never_retried() {
    Strategy created = service.create(OWNER, aStrategy().build());

    assertThat(created.userId()).isEqualTo(OWNER.userId());
    assertThat(created.version()).isEqualTo(1);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(IN_TRANSACTION, "strategies.create"));
  }

  @Test
  void creating_a_second_strategy_with_the_same_name_is_a_conflict() {
    service.create(OWNER, aStrategy().named("Mine").build());

    assertThatThrownBy(() -> service.create(OWNER, aStrategy().named("Mine").build()))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void list_answers_only_the_callers_strategies_from_a_read_only_unit() {
    Strategy mine = fakes.strategies.seed(OWNER.userId(), aStrategy().build());
    fakes.strategies.seed(SOMEONE_ELSE.userId(), aStrategy().build());

    assertThat(service.list(OWNER)).containsExactly(mine);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(READ_ONLY, "strategies.listByOwner"));
  }

  @Test
  void get_answers_the_callers_strategy_from_a_read_only_unit() {
    Strategy mine = fakes.strategies.seed(OWNER.userId(), aStrategy().build());

    assertThat(service.get(OWNER, mine.id())).isEqualTo(mine);
    assertThat(fakes.transactions.units()).containsExactly(Unit.of(READ_ONLY, "strategies.find"));
  }

  @Test
  void another_users_strategy_is_not_found_exactly_like_an_absent_one() {
    Strategy theirs = fakes.strategies.seed(SOMEONE_ELSE.userId(), aStrategy().build());
    long absentId = theirs.id() + 1;

    NotFound forTheirs =
        catchThrowableOfType(NotFound.class, () -> service.get(OWNER, theirs.id()));
    NotFound forAbsent = catchThrowableOfType(NotFound.class, () -> service.get(OWNER, absentId));

    assertThat(forTheirs).hasMessage("No strategy with id " + theirs.id() + ".");
    assertThat(forAbsent).hasMessage("No strategy with id " + absentId + ".");
  }

  @Test
  void an_update_replaces_the_settings_and_bumps_the_version_in_a_transaction_never_retried() {
    Strategy mine = fakes.strategies.seed(OWNER.userId(), aStrategy().build());

    Strategy updated =
        service.update(OWNER, new UpdateStrategyCommand(mine.id(), OptionalInt.of(1), WEEKLY));

    assertThat(updated.settings()).isEqualTo(WEEKLY);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(IN_TRANSACTION, "strategies.update"));
  }

  @Test
  void an_update_with_a_stale_version_is_a_failed_precondition_and_changes_nothing() {
    Strategy mine = fakes.strategies.seed(OWNER.userId(), aStrategy().build());
    service.update(OWNER, new UpdateStrategyCommand(mine.id(), OptionalInt.empty(), WEEKLY));

    assertThatThrownBy(
            () ->
                service.update(
                    OWNER,
                    new UpdateStrategyCommand(mine.id(), OptionalInt.of(1), aStrategy().build())))
        .isInstanceOf(PreconditionFailed.class);
    assertThat(fakes.strategies.stored(mine.id()).orElseThrow().settings()).isEqualTo(WEEKLY);
  }

  @Test
  void updating_another_users_strategy_is_not_found_and_changes_nothing() {
    Strategy theirs = fakes.strategies.seed(SOMEONE_ELSE.userId(), aStrategy().build());

    assertThatThrownBy(
            () ->
                service.update(
                    OWNER, new UpdateStrategyCommand(theirs.id(), OptionalInt.empty(), WEEKLY)))
        .isInstanceOf(NotFound.class)
        .hasMessage("No strategy with id " + theirs.id() + ".");
    assertThat(fakes.strategies.stored(theirs.id())).contains(theirs);
  }

  @Test
  void a_user_deletes_a_strategy_in_a_transaction_that_is_never_retried() {
    Strategy mine = fakes.strategies.seed(OWNER.userId(), aStrategy().build());

    service.delete(OWNER, mine.id());

    assertThat(fakes.strategies.stored(mine.id())).isEmpty();
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(IN_TRANSACTION, "strategies.delete"));
  }

  @Test
  void deleting_another_users_strategy_is_not_found_and_keeps_it() {
    Strategy theirs = fakes.strategies.seed(SOMEONE_ELSE.userId(), aStrategy().build());

    assertThatThrownBy(() -> service.delete(OWNER, theirs.id())).isInstanceOf(NotFound.class);
    assertThat(fakes.strategies.stored(theirs.id())).contains(theirs);
  }
}
