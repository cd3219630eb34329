package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.SmallNumbers;

/** Counts per period as table rows with a bar length (0–100); hidden counts get no bar, so none gives them away. */
public record Series(List<Point> points) {

    public record Point(Period period, long count, int bar, boolean hidden) {}

    static Series of(Map<Period, Long> counts, SmallNumbers numbers) {
        return of(counts, numbers, p -> false);
    }

    /** {@code alsoHidden}: periods whose count is hidden even when it is not small (to protect another count). */
    static Series of(Map<Period, Long> counts, SmallNumbers numbers, java.util.function.Predicate<Period> alsoHidden) {
        long max = counts.entrySet().stream()
                .filter(e -> !numbers.hides(e.getValue()) && !alsoHidden.test(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .max()
                .orElse(0);
        List<Point> points = new ArrayList<>();
        counts.forEach((p, n) -> {
            boolean hidden = numbers.hides(n) || alsoHidden.test(p);
            int bar = hidden || max == 0 ? 0 : (int) Math.round(100.0 * n / max);
            points.add(new Point(p, n, bar, hidden));
        });
        return new Series(points);
    }
}
