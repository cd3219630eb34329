package nl.weerbaar.insights.dashboard;

/**
 * Whether a change between two counts is large enough to call. Counts of incidents behave roughly like
 * Poisson counts, so the difference {@code a - b} has a standard deviation of about {@code sqrt(a + b)}.
 * A change is called only when both counts are reasonably large (together at least {@link #MIN_TOTAL}) and
 * the difference exceeds 1.96 standard deviations; otherwise it says so honestly.
 */
public enum Trend {
    /** Together fewer than {@link #MIN_TOTAL} incidents: nothing can be said. */
    TOO_FEW,
    /** A difference, but within what chance alone produces. */
    NO_CLEAR_CHANGE,
    UP,
    DOWN;

    public static final int MIN_TOTAL = 10;

    /** The trend from {@code before} to {@code now}. */
    public static Trend of(long now, long before) {
        long total = now + before;
        if (total < MIN_TOTAL) {
            return TOO_FEW;
        }
        double z = (now - before) / Math.sqrt(total);
        if (z > 1.96) {
            return UP;
        }
        if (z < -1.96) {
            return DOWN;
        }
        return NO_CLEAR_CHANGE;
    }

    /** Relative change in whole percent, or null when {@code before} is zero. */
    public static Integer percent(long now, long before) {
        return before == 0 ? null : (int) Math.round((now - before) * 100.0 / before);
    }
}
