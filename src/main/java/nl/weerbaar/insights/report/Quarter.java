package nl.weerbaar.insights.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.insights.dashboard.Period;

/** Parses report periods: quarters written as {@code 2026-Q3} (or {@code 2026-K3}) and years as {@code 2026}. */
final class Quarter {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-[QqKk]([1-4])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    private Quarter() {}

    /** The quarter, or null when the text is not a quarter between 2000 and 2100. */
    static Period parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return null;
        }
        return Period.containing(
                Period.Granularity.QUARTER, LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
    }

    /** A quarter or a year (between 2000 and 2100), or null when the text is neither. */
    static Period parsePeriod(String text) {
        if (text != null && YEAR.matcher(text.trim()).matches()) {
            int year = Integer.parseInt(text.trim());
            return year < 2000 || year > 2100
                    ? null
                    : Period.containing(Period.Granularity.YEAR, LocalDate.of(year, 1, 1));
        }
        return parse(text);
    }

    /** The last complete quarter before {@code today}. */
    static Period lastComplete(LocalDate today) {
        return Period.containing(Period.Granularity.QUARTER, today).previous();
    }

    /** {@code 2026-Q3} for a quarter, {@code 2026} for a year: what {@link #parsePeriod} reads. */
    static String code(Period period) {
        return period.label("Q");
    }
}
