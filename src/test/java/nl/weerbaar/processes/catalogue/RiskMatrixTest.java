package nl.weerbaar.processes.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RiskMatrixTest {

    @Test
    void classifiesTheStandardMatrixInFourBands() {
        RiskMatrix m = RiskMatrix.standard();
        assertThat(m.level(1, 5)).isEqualTo(RiskMatrix.Level.LOW);
        assertThat(m.level(2, 3)).isEqualTo(RiskMatrix.Level.MEDIUM);
        assertThat(m.level(3, 5)).isEqualTo(RiskMatrix.Level.HIGH);
        assertThat(m.level(4, 4)).isEqualTo(RiskMatrix.Level.VERY_HIGH);
        assertThat(m.impactsDescending()).containsExactly(5, 4, 3, 2, 1);
    }

    @Test
    void aLargerMatrixScalesTheBandsAndRefusesCellsOutside() {
        RiskMatrix m = new RiskMatrix(10, 10);
        assertThat(m.level(5, 4)).isEqualTo(RiskMatrix.Level.LOW);
        assertThat(m.level(10, 10)).isEqualTo(RiskMatrix.Level.VERY_HIGH);
        assertThatThrownBy(() -> RiskMatrix.standard().level(6, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskMatrix(2, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
