package nl.weerbaar.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.weerbaar.training.learning.Recall.Grade;
import nl.weerbaar.training.learning.Recall.Memory;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 with its default parameters against the published formulas. The reference figures were worked out by hand
 * from the formulas in {@link Fsrs}'s description (w4 = 7.0114, w5 = 0.57, …), not by running this class.
 */
class FsrsTest {

    private final Fsrs fsrs = new Fsrs();

    @Test
    void theFirstAnswerSetsStabilityToItsParameterAndDifficultyByTheInitialFormula() {
        assertThat(fsrs.first(Grade.AGAIN).stability()).isEqualTo(0.2172);
        assertThat(fsrs.first(Grade.GOOD).stability()).isEqualTo(3.2602);
        assertThat(fsrs.first(Grade.EASY).stability()).isEqualTo(16.1507);
        // D0(G) = w4 − e^(w5·(G−1)) + 1
        assertThat(fsrs.first(Grade.AGAIN).difficulty()).isCloseTo(7.0114, within(1e-9));
        assertThat(fsrs.first(Grade.GOOD).difficulty()).isCloseTo(4.884632, within(1e-6));
        assertThat(fsrs.first(Grade.EASY).difficulty()).isCloseTo(2.482439, within(1e-6));
    }

    @Test
    void theForgettingCurvePassesNinetyPerCentAtTheStability() {
        Memory m = new Memory(11.3, 5);
        assertThat(fsrs.retrievability(m, 11.3)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.retrievability(m, 0)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(m, 30)).isLessThan(fsrs.retrievability(m, 20));
        // at a desired retention of 0.9 the interval is the stability itself; a lower retention waits longer
        assertThat(fsrs.intervalDays(m, 0.9)).isEqualTo(11);
        assertThat(fsrs.intervalDays(m, 0.8)).isGreaterThan(30);
        assertThat(fsrs.intervalDays(new Memory(0.2172, 7), 0.9))
                .as("at least a day")
                .isEqualTo(1);
        assertThat(fsrs.intervalDays(new Memory(1e9, 1), 0.9)).isEqualTo(Fsrs.MAX_INTERVAL);
    }

    @Test
    void aGoodAnswerThreeDaysLaterFollowsTheRecallFormula() {
        Memory after = fsrs.next(fsrs.first(Grade.GOOD), Grade.GOOD, 3);
        // R = (1 + 0.693509 · 3 / 3.2602)^−0.2 = 0.906001;
        // S′ = 3.2602 · (1 + e^1.5261 · (11 − 4.884632) · 3.2602^−0.112 · (e^(1.0178 · 0.093999) − 1)) = 11.326707
        assertThat(after.stability()).isCloseTo(11.326707, within(1e-5));
        // a good answer leaves the difficulty, apart from the pull towards D0(easy): 0.0069 · 2.482439 + 0.9931 · D
        assertThat(after.difficulty()).isCloseTo(4.868057, within(1e-5));
        assertThat(fsrs.intervalDays(after, 0.9)).isEqualTo(11);
    }

    @Test
    void aLapseShrinksStabilityByTheForgettingFormulaAndMakesTheQuestionHarder() {
        Memory before = fsrs.next(fsrs.first(Grade.GOOD), Grade.GOOD, 3);
        Memory after = fsrs.next(before, Grade.AGAIN, 11);
        // S′ = min(1.849 · D^−0.1133 · ((S + 1)^0.3127 − 1) · e^(2.2934 · (1 − R)), S / e^(0.7536 · 0.3332))
        assertThat(after.stability()).isCloseTo(2.308317, within(1e-5));
        assertThat(after.difficulty()).isCloseTo(7.226127, within(1e-5));
        assertThat(after.stability()).isLessThan(before.stability());
        assertThat(after.difficulty()).isGreaterThan(before.difficulty());
    }

    @Test
    void intervalsGrowWithEachGoodAnswerOnTimeAndShrinkAfterALapse() {
        Memory m = fsrs.first(Grade.GOOD);
        long previous = fsrs.intervalDays(m, 0.9);
        for (int i = 0; i < 6; i++) {
            m = fsrs.next(m, Grade.GOOD, previous);
            long interval = fsrs.intervalDays(m, 0.9);
            assertThat(interval).isGreaterThan(previous);
            previous = interval;
        }
        Memory lapsed = fsrs.next(m, Grade.AGAIN, previous);
        assertThat(fsrs.intervalDays(lapsed, 0.9)).isLessThan(previous);
        // easy lengthens more than good, hard less
        Memory base = fsrs.first(Grade.GOOD);
        double hard = fsrs.next(base, Grade.HARD, 3).stability();
        double good = fsrs.next(base, Grade.GOOD, 3).stability();
        double easy = fsrs.next(base, Grade.EASY, 3).stability();
        assertThat(hard).isLessThan(good);
        assertThat(easy).isGreaterThan(good);
    }

    @Test
    void aSecondAnswerTheSameDayUsesTheShortTermFormula() {
        Memory m = fsrs.first(Grade.AGAIN);
        // S′ = S · e^(w17 · (G − 3 + w18)) · S^−w19, never below S for good
        double expected = 0.2172 * Math.exp(0.7536 * (0 + 0.3332)) * Math.pow(0.2172, -0.1437);
        assertThat(fsrs.next(m, Grade.GOOD, 0).stability()).isCloseTo(expected, within(1e-9));
        assertThat(fsrs.next(new Memory(100, 5), Grade.GOOD, 0).stability()).isEqualTo(100);
        assertThat(fsrs.next(m, Grade.AGAIN, 0).stability()).isLessThan(m.stability());
    }

    @Test
    void difficultyStaysBetweenOneAndTen() {
        Memory m = fsrs.first(Grade.AGAIN);
        for (int i = 0; i < 50; i++) {
            m = fsrs.next(m, Grade.AGAIN, 1);
        }
        assertThat(m.difficulty()).isLessThanOrEqualTo(10);
        for (int i = 0; i < 50; i++) {
            m = fsrs.next(m, Grade.EASY, 1);
        }
        assertThat(m.difficulty()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> fsrs.next(fsrs.first(Grade.GOOD), Grade.GOOD, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fsrs.intervalDays(new Memory(3, 5), 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fsrs(java.util.List.of(1.0))).isInstanceOf(IllegalArgumentException.class);
    }
}
