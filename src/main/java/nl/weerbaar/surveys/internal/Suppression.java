package nl.weerbaar.surveys.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.weerbaar.platform.SmallCells;

/**
 * The group-size rule with complementary suppression, as pure functions.
 *
 * <p>Groups smaller than {@code k} are merged into {@link #OTHER}. If "other" then holds between 1 and
 * {@code k - 1} responses, its figures could be derived by subtracting the visible groups from the total, so the
 * smallest visible group is merged into it as well, until "other" is empty or at least {@code k}. The total itself
 * is shown only when it reaches {@code k}.
 */
final class Suppression {

    static final String OTHER = "other";

    private Suppression() {}

    /**
     * Maps each group key of {@code counts} (a {@code null} key: responses without department) to the key under which
     * it is shown: itself, or {@link #OTHER}. Empty when the total is below {@code k}: then nothing is shown.
     */
    static Map<String, String> merge(Map<String, Long> counts, int k) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, String> shownAs = new LinkedHashMap<>();
        if (total < k) {
            return shownAs;
        }
        List<Map.Entry<String, Long>> visible = new ArrayList<>();
        long other = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getKey() != null && e.getValue() >= k) {
                visible.add(e);
            } else {
                other += e.getValue();
                shownAs.put(e.getKey(), OTHER);
            }
        }
        visible.sort(Comparator.comparingLong(Map.Entry<String, Long>::getValue).thenComparing(Map.Entry::getKey));
        while (other > 0 && other < k && !visible.isEmpty()) {
            Map.Entry<String, Long> smallest = visible.remove(0);
            other += smallest.getValue();
            shownAs.put(smallest.getKey(), OTHER);
        }
        visible.forEach(e -> shownAs.put(e.getKey(), e.getKey()));
        return shownAs;
    }

    /**
     * For one question: the shown groups whose cell must stay empty, given the number of answers per shown group.
     * Groups without answers and groups below {@code k} are hidden, and then further groups (smallest first) until
     * the hidden ones are none or at least two that together reach {@code k} ({@link SmallCells#line}).
     */
    static Set<String> hiddenCells(Map<String, Long> answersPerGroup, int k) {
        Set<String> hidden = new TreeSet<>(SmallCells.line(answersPerGroup, k));
        answersPerGroup.forEach((group, n) -> {
            if (n == 0) {
                hidden.add(group);
            }
        });
        return hidden;
    }
}
