package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void sevenCalendarDaysToAcknowledgeThenThreeMonthsToInform() {
        LocalDate received = LocalDate.of(2026, 12, 24);
        assertThat(Deadlines.next(received, null, null)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Deadlines.next(received, LocalDate.of(2026, 12, 28), null)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Deadlines.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30))
                        .informBy())
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Deadlines.next(received, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5)))
                .isNull();
    }
}
