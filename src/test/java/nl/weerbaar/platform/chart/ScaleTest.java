package nl.weerbaar.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void theMaximumIsTheNextNiceNumberAtOrAboveTheLargestValue() {
        assertThat(Scale.upTo(37, 200).max()).isEqualTo(40);
        assertThat(Scale.upTo(37, 200).step()).isEqualTo(10);
        assertThat(Scale.upTo(40, 200).max()).isEqualTo(40);
        assertThat(Scale.upTo(3, 200).max()).isEqualTo(3);
        assertThat(Scale.upTo(3, 200).step()).isEqualTo(1);
        assertThat(Scale.upTo(1234, 200).max()).isEqualTo(1500);
        assertThat(Scale.upTo(0.8, 100).max()).isEqualTo(0.8);
        assertThat(Scale.upTo(92, 100).max()).isEqualTo(100);
    }

    @Test
    void ticksRunFromZeroToTheMaximum() {
        assertThat(Scale.upTo(37, 200).ticks()).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
        assertThat(Scale.upTo(0, 200).ticks()).containsExactly(0.0, 1.0);
        assertThat(Scale.label(2.5)).isEqualTo("2,5");
        assertThat(Scale.label(20)).isEqualTo("20");
    }

    @Test
    void lengthsAreProportionalAndStayWithinTheScale() {
        Scale scale = Scale.upTo(40, 200);
        assertThat(scale.length(20)).isEqualTo(100);
        assertThat(scale.length(40)).isEqualTo(200);
        assertThat(scale.length(-3)).isZero();
        assertThat(scale.length(80)).isEqualTo(200);
    }
}
