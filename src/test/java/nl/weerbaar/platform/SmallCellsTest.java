package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void aSingleSmallCellTakesTheNextSmallestWithIt() {
        // 40 - 20 - 12 - 6 would give the 2 back; the 6 is hidden too.
        assertThat(SmallCells.line(counts("A", 20, "B", 12, "C", 2, "D", 6), 5)).containsExactlyInAnyOrder("C", "D");
    }

    @Test
    void twoSmallCellsThatTogetherReachTheMinimumNeedNothingMore() {
        assertThat(SmallCells.line(counts("A", 20, "B", 3, "C", 4), 5)).containsExactlyInAnyOrder("B", "C");
    }

    @Test
    void twoSmallCellsBelowTheMinimumTogetherTakeAThird() {
        // 1 + 1 = 2 would reveal both ones.
        assertThat(SmallCells.line(counts("A", 20, "B", 1, "C", 1, "D", 9), 5))
                .containsExactlyInAnyOrder("B", "C", "D");
    }

    @Test
    void nothingSmallMeansNothingHiddenAndZeroStaysVisible() {
        assertThat(SmallCells.line(counts("A", 20, "B", 5, "C", 0), 5)).isEmpty();
        assertThat(SmallCells.line(counts("A", 0, "B", 0), 5)).isEmpty();
    }

    @Test
    void theNextSmallestIsChosenInLineOrderOnATie() {
        assertThat(SmallCells.line(counts("A", 8, "B", 8, "C", 3), 5)).containsExactlyInAnyOrder("A", "C");
    }

    @Test
    void aLineWithoutAnotherNonZeroCellHidesItsTotal() {
        // Row r2 has one hidden cell (hidden for column k1) and nothing else: its total would give it back.
        Map<String, Long> c =
                counts("r1k1", 3, "r2k1", 7, "r1k2", 10, "r2k2", 0, "r1", 13, "r2", 7, "k1", 10, "k2", 10, "all", 20);
        List<SmallCells.Line<String>> lines = List.of(
                new SmallCells.Line<>(List.of("r1k1", "r1k2"), "r1"),
                new SmallCells.Line<>(List.of("r2k1", "r2k2"), "r2"),
                new SmallCells.Line<>(List.of("r1k1", "r2k1"), "k1"),
                new SmallCells.Line<>(List.of("r1k2", "r2k2"), "k2"),
                new SmallCells.Line<>(List.of("r1", "r2"), "all"));
        var hidden = SmallCells.hidden(c, lines, 5);
        // k1: 3 alone -> 7 joins; r1: 3 alone -> 10 joins; r2: 7 alone, nothing left -> total r2 hidden;
        // the line of row totals then has r2 alone -> r1 joins; k2: 10 alone -> its total k2 hidden.
        assertThat(hidden).containsExactlyInAnyOrder("r1k1", "r2k1", "r1k2", "r2", "r1", "k2");
    }

    @Test
    void aGridWithoutSmallCellsHidesNothing() {
        Map<String, Long> c =
                counts("r1k1", 5, "r2k1", 7, "r1k2", 10, "r2k2", 0, "r1", 15, "r2", 7, "k1", 12, "k2", 10);
        List<SmallCells.Line<String>> lines = List.of(
                new SmallCells.Line<>(List.of("r1k1", "r1k2"), "r1"),
                        new SmallCells.Line<>(List.of("r2k1", "r2k2"), "r2"),
                new SmallCells.Line<>(List.of("r1k1", "r2k1"), "k1"),
                        new SmallCells.Line<>(List.of("r1k2", "r2k2"), "k2"));
        assertThat(SmallCells.hidden(c, lines, 5)).isEmpty();
    }

    @Test
    void aHiddenTotalProtectsItsLine() {
        Map<String, Long> c = counts("a", 3, "b", 0, "t", 3);
        assertThat(SmallCells.hidden(c, List.of(new SmallCells.Line<>(List.of("a", "b"), "t")), 5))
                .containsExactlyInAnyOrder("a", "t");
    }
}
