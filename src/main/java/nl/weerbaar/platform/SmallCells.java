package nl.weerbaar.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-number suppression with complementary suppression, as a pure function shared by every module that shows
 * counts about people.
 *
 * <p>A table is given as counts per key (cells and totals alike) and its lines: a line is a list of cell keys and
 * the key of the total shown for them. A count from 1 to {@code min - 1} is hidden (primary suppression). A hidden
 * cell must not follow from its line's total minus the shown cells, so for every line whose total is shown the
 * hidden non-zero cells must be none, or at least two that together reach {@code min}. Otherwise the smallest shown
 * non-zero cell of the line is hidden as well (ties in line order); when the line has none left, its total is
 * hidden. This repeats until nothing changes, because a cell hidden for one line can leave another line with a
 * single hidden cell. Zero is never hidden.
 *
 * <p>A line whose total is not the exact sum of its cells (one case counted in several cells) is treated as if it
 * were, which only hides more.
 */
public final class SmallCells {

    /** Cells shown together with a total ({@code total} is a key of the same counts). */
    public record Line<K>(List<K> cells, K total) {}

    private static final Object TOTAL = new Object();

    private SmallCells() {}

    /**
     * The keys (cells and totals) that must not be shown. Keys missing from {@code counts} count as zero.
     *
     * @param min the smallest count that may be shown; 1 or less hides nothing
     */
    public static <K> Set<K> hidden(Map<K, Long> counts, Collection<Line<K>> lines, int min) {
        Set<K> hidden = new LinkedHashSet<>();
        counts.forEach((key, n) -> {
            if (n != null && n > 0 && n < min) {
                hidden.add(key);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line<K> line : lines) {
                if (hidden.contains(line.total()) || protectedLine(line, counts, hidden, min)) {
                    continue;
                }
                K next = smallestShown(line, counts, hidden);
                hidden.add(next != null ? next : line.total());
                changed = true;
            }
        }
        return hidden;
    }

    /**
     * For one line whose total is shown: the cells to hide. The total itself must then be hidden exactly when it is
     * from 1 to {@code min - 1} (only then can the cells run out).
     */
    public static <K> Set<K> line(Map<K, Long> cells, int min) {
        Map<Object, Long> counts = new HashMap<>(cells);
        counts.put(TOTAL, cells.values().stream().mapToLong(Long::longValue).sum());
        Set<Object> hidden = hidden(counts, List.of(new Line<>(new ArrayList<>(cells.keySet()), TOTAL)), min);
        Set<K> result = new LinkedHashSet<>();
        for (K key : cells.keySet()) {
            if (hidden.contains(key)) {
                result.add(key);
            }
        }
        return result;
    }

    private static <K> boolean protectedLine(Line<K> line, Map<K, Long> counts, Set<K> hidden, int min) {
        long sum = 0;
        int n = 0;
        for (K cell : line.cells()) {
            long count = count(counts, cell);
            if (count > 0 && hidden.contains(cell)) {
                sum += count;
                n++;
            }
        }
        return n == 0 || (n >= 2 && sum >= min);
    }

    private static <K> K smallestShown(Line<K> line, Map<K, Long> counts, Set<K> hidden) {
        return line.cells().stream()
                .filter(c -> count(counts, c) > 0 && !hidden.contains(c))
                .min(Comparator.comparingLong(c -> count(counts, c)))
                .orElse(null);
    }

    private static long count(Map<?, Long> counts, Object key) {
        Long n = counts.get(key);
        return n == null ? 0 : n;
    }
}
