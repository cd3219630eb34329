package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertStateTest {

    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    @Test
    void aPeriodWithoutEndIsPending() {
        assertThat(CertState.of(null, END)).isEqualTo(CertState.PENDING);
    }

    @Test
    void validUntilSixtyDaysBeforeTheEndThenDueSoon() {
        assertThat(CertState.of(END, END.minusDays(61))).isEqualTo(CertState.VALID);
        assertThat(CertState.of(END, END.minusDays(60))).isEqualTo(CertState.DUE_SOON);
        assertThat(CertState.of(END, END)).isEqualTo(CertState.DUE_SOON);
    }

    @Test
    void overdueForThreeMonthsAfterTheEndThenExpired() {
        assertThat(CertState.of(END, END.plusDays(1))).isEqualTo(CertState.OVERDUE);
        assertThat(CertState.of(END, END.plusMonths(3))).isEqualTo(CertState.OVERDUE);
        assertThat(CertState.of(END, END.plusMonths(3).plusDays(1))).isEqualTo(CertState.EXPIRED);
    }
}
