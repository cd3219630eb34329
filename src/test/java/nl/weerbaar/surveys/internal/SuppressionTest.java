package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void smallGroupsAreMergedIntoOther() {
        Map<String, String> shown = Suppression.merge(counts("A", 25, "B", 12, "C", 4, null, 8), 10);
        assertThat(shown)
                .containsEntry("A", "A")
                .containsEntry("B", "B")
                .containsEntry("C", Suppression.OTHER)
                .containsEntry(null, Suppression.OTHER);
    }

    @Test
    void anOtherGroupBelowTheMinimumPullsInTheSmallestVisibleGroup() {
        // "other" would hold 3: total minus A minus B would reveal it, so B (the smallest) joins it.
        Map<String, String> shown = Suppression.merge(counts("A", 30, "B", 11, "C", 3), 10);
        assertThat(shown)
                .containsEntry("A", "A")
                .containsEntry("B", Suppression.OTHER)
                .containsEntry("C", Suppression.OTHER);
    }

    @Test
    void nothingIsShownBelowTheMinimumInTotal() {
        assertThat(Suppression.merge(counts("A", 6, null, 3), 10)).isEmpty();
    }

    @Test
    void hiddenCellsAreNeverAloneBelowTheMinimum() {
        assertThat(Suppression.hiddenCells(counts("A", 30, "B", 12, "C", 2), 10))
                .containsExactlyInAnyOrder("B", "C");
        assertThat(Suppression.hiddenCells(counts("A", 30, "B", 12), 10)).isEmpty();
    }

    @Test
    void wilsonIntervalMatchesTheKnownFigures() {
        Share s = Share.of(8, 20);
        assertThat(s.value()).isEqualTo(0.4);
        assertThat(s.low()).isBetween(0.2187, 0.2189);
        assertThat(s.high()).isBetween(0.6133, 0.6135);
        Share none = Share.of(0, 10);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isBetween(0.2775, 0.2776);
    }
}
