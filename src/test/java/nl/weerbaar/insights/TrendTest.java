package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import nl.weerbaar.insights.dashboard.Trend;
import org.junit.jupiter.api.Test;

/** Trend calls, period arithmetic and the small-number rule. */
class TrendTest {

    @Test
    void aTrendIsCalledOnlyWhenChanceCannotExplainIt() {
        assertThat(Trend.of(4, 1)).isEqualTo(Trend.TOO_FEW);
        assertThat(Trend.of(9, 2)).isEqualTo(Trend.UP);
        assertThat(Trend.of(12, 8)).isEqualTo(Trend.NO_CLEAR_CHANGE);
        assertThat(Trend.of(100, 150)).isEqualTo(Trend.DOWN);
        assertThat(Trend.percent(9, 2)).isEqualTo(350);
        assertThat(Trend.percent(3, 0)).isNull();
    }

    @Test
    void periodsFollowTheCalendar() {
        Period q = Period.containing(Period.Granularity.QUARTER, LocalDate.of(2024, 2, 29));
        assertThat(q.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(q.until()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(q.previous().from()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(q.yearBefore().from()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(q.label("K")).isEqualTo("2024-K1");
        Period m = Period.containing(Period.Granularity.MONTH, LocalDate.of(2024, 3, 31));
        assertThat(m.label("K")).isEqualTo("2024-03");
        assertThat(m.until()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(Period.containing(Period.Granularity.YEAR, LocalDate.of(2024, 7, 1))
                        .label("K"))
                .isEqualTo("2024");
    }

    @Test
    void smallNumbersAreHiddenOutsideTheCase() {
        SmallNumbers outside = new SmallNumbers(5, false);
        assertThat(outside.show(0)).isEqualTo("0");
        assertThat(outside.show(1)).isEqualTo("<5");
        assertThat(outside.show(4)).isEqualTo("<5");
        assertThat(outside.show(5)).isEqualTo("5");
        assertThat(outside.percent(2, 4)).isNull();
        assertThat(outside.percent(2, 8)).isEqualTo(25);
        assertThat(outside.change(3, 10)).isNull();
        SmallNumbers coordinator = new SmallNumbers(5, true);
        assertThat(coordinator.show(1)).isEqualTo("1");
        assertThat(coordinator.percent(2, 4)).isEqualTo(50);
        assertThat(new SmallNumbers(10, false).show(9)).isEqualTo("<10");
    }
}
