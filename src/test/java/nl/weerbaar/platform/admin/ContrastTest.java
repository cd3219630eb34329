package nl.weerbaar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void contrastAgainstWhiteFollowsWcag() {
        assertThat(Contrast.againstWhite("#000000")).isCloseTo(21.0, within(0.01));
        assertThat(Contrast.againstWhite("#ffffff")).isCloseTo(1.0, within(0.01));
        assertThat(Contrast.againstWhite("#154273")).isGreaterThan(Contrast.MINIMUM);
        assertThat(Contrast.againstWhite("#767676")).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.againstWhite("#e17000")).isLessThan(Contrast.MINIMUM);
    }

    @Test
    void aFailingColourGetsADarkerSuggestionThatPasses() {
        String suggestion = Contrast.darkenToPass("#e17000");
        assertThat(Contrast.againstWhite(suggestion)).isGreaterThanOrEqualTo(Contrast.MINIMUM);
        assertThat(Contrast.darkenToPass("#154273")).isEqualTo("#154273");
    }

    @Test
    void onlySixDigitHexIsAColour() {
        assertThat(Contrast.isHex("#A1b2C3")).isTrue();
        assertThat(Contrast.isHex("#abc")).isFalse();
        assertThat(Contrast.isHex("red")).isFalse();
        assertThat(Contrast.isHex(null)).isFalse();
    }
}
