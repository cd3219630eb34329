package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The incident rate beside coverage hides small numbers as the analyses do (ADR 0906). */
class IncidentRateTest {

    @Test
    void aSmallDepartmentOrAFewIncidentsAreHiddenAndZeroIsShown() {
        assertThat(RegisterService.rate(10, 4)).isNull();
        assertThat(RegisterService.rate(1, 40)).isNull();
        assertThat(RegisterService.rate(4, 40)).isNull();
        assertThat(RegisterService.rate(0, 40)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(RegisterService.rate(5, 40)).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(RegisterService.rate(7, 30)).isEqualByComparingTo(new BigDecimal("23.3"));
    }
}
