package nl.weerbaar.incidents.core;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.platform.DutchCalendar;
import nl.weerbaar.platform.DutchTime;

/**
 * A deadline written as {@code 24h} (hours) or {@code 5wd} (Dutch working days, see {@link DutchCalendar}).
 */
public record Deadline(int amount, boolean workingDays) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{1,4})(h|wd)$");

    /** Parses {@code 24h} or {@code 5wd}; throws IllegalArgumentException otherwise. */
    public static Deadline parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Deadline must look like 24h or 5wd");
        }
        return new Deadline(Integer.parseInt(m.group(1)), "wd".equals(m.group(2)));
    }

    /** The due moment counted from {@code start}. */
    public Instant from(Instant start) {
        if (workingDays) {
            return DutchCalendar.plusWorkingDays(start.atZone(DutchTime.ZONE), amount)
                    .toInstant();
        }
        return start.plus(Duration.ofHours(amount));
    }

    @Override
    public String toString() {
        return amount + (workingDays ? "wd" : "h");
    }
}
