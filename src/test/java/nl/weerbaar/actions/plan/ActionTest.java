package nl.weerbaar.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans.Priority;
import org.junit.jupiter.api.Test;

/** The life of an action: which status changes are allowed from where. */
class ActionTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private static Action open() {
        return Action.open("Balie afschermen", "Glas", "assessments", "scan/1", UUID.randomUUID(), DUE, null, null);
    }

    @Test
    void aNewActionIsOpenWithMediumPriorityByDefault() {
        Action a = open();
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(a.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(a.id()).isNotNull();
    }

    @Test
    void openStartedDoneAndBackAgain() {
        Action a = open();
        a.start();
        assertThat(a.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        a.complete();
        assertThat(a.status()).isEqualTo(ActionStatus.DONE);
        a.reopen();
        assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
        a.cancel();
        assertThat(a.status()).isEqualTo(ActionStatus.CANCELLED);
        a.reopen();
        a.complete();
        assertThat(a.status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void transitionsThatMakeNoSenseAreRefused() {
        Action started = open();
        started.start();
        assertThatThrownBy(started::start).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(open()::reopen).isInstanceOf(IllegalTransitionException.class);

        Action done = open();
        done.complete();
        assertThatThrownBy(done::start).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(done::complete).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(done::cancel).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> done.replan(null, null, Priority.HIGH))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DONE");
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void replanningChangesOwnerDueDateAndPriorityOfAnOpenAction() {
        Action a = open();
        UUID owner = UUID.randomUUID();
        a.replan(owner, DUE.plusDays(7), Priority.HIGH);
        assertThat(a.ownerId()).isEqualTo(owner);
        assertThat(a.dueDate()).isEqualTo(DUE.plusDays(7));
        assertThat(a.priority()).isEqualTo(Priority.HIGH);
        a.replan(null, null, null);
        assertThat(a.ownerId()).isNull();
        assertThat(a.dueDate()).isNull();
        assertThat(a.priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void overdueMeansOpenAndPastTheDueDate() {
        Action a = open();
        assertThat(a.isOverdue(DUE)).isFalse();
        assertThat(a.isOverdue(DUE.plusDays(1))).isTrue();
        a.start();
        assertThat(a.isOverdue(DUE.plusDays(1))).isTrue();
        a.complete();
        assertThat(a.isOverdue(DUE.plusDays(1))).isFalse();
        Action undated = open();
        undated.replan(null, null, null);
        assertThat(undated.isOverdue(DUE.plusYears(1))).isFalse();
    }

    @Test
    void anOpenActionChangesThemeAndSaysWhetherItDid() {
        Action a = open();
        UUID theme = UUID.randomUUID();
        assertThat(a.themeId()).isNull();
        assertThat(a.changeTheme(theme)).isTrue();
        assertThat(a.themeId()).isEqualTo(theme);
        assertThat(a.changeTheme(theme)).as("the same theme is no change").isFalse();
        assertThat(a.changeTheme(null)).isTrue();
        assertThat(a.themeId()).isNull();

        a.complete();
        assertThatThrownBy(() -> a.changeTheme(theme)).isInstanceOf(IllegalTransitionException.class);
        assertThat(a.themeId()).isNull();
    }
}
