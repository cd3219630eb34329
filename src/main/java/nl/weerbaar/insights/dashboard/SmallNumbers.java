package nl.weerbaar.insights.dashboard;

/**
 * How counts are shown to one viewer. A count from 1 to {@code min - 1} could point at a person, so for a
 * viewer outside the case handling ({@code exact == false}) it reads "&lt;min" (e.g. "&lt;5"); zero stays zero.
 * Shares are shown only over at least {@code min} incidents for such viewers.
 */
public record SmallNumbers(int min, boolean exact) {

    /** The count as the viewer may see it. */
    public String show(long count) {
        return hides(count) ? "<" + min : Long.toString(count);
    }

    /** Whether this count is hidden for this viewer. */
    public boolean hides(long count) {
        return !exact && count > 0 && count < min;
    }

    /** The share {@code part / whole} in whole percent, or null when it may not or cannot be shown. */
    public Integer percent(long part, long whole) {
        if (whole == 0 || (!exact && whole < min)) {
            return null;
        }
        return (int) Math.round(part * 100.0 / whole);
    }

    /** The relative change, or null when it cannot be shown or either count is hidden. */
    public Integer change(long now, long before) {
        return hides(now) || hides(before) ? null : Trend.percent(now, before);
    }
}
