package nl.weerbaar.insights.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;

/**
 * A calendar month, quarter or year in the municipality's local time ({@link nl.weerbaar.platform.DutchTime}): dates from
 * {@link #from()} (inclusive) to {@link #until()} (exclusive). An incident belongs to the period of its local date.
 */
public record Period(Granularity granularity, LocalDate from) {

    public enum Granularity {
        MONTH,
        QUARTER,
        YEAR
    }

    /** The period of the given granularity containing {@code day}. */
    public static Period containing(Granularity granularity, LocalDate day) {
        return switch (granularity) {
            case MONTH -> new Period(granularity, day.withDayOfMonth(1));
            case QUARTER ->
                new Period(
                        granularity, LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1));
            case YEAR -> new Period(granularity, day.withDayOfYear(1));
        };
    }

    /** The first day after the period. */
    public LocalDate until() {
        return plus(1).from;
    }

    /** The last day of the period (inclusive), for links and labels. */
    public LocalDate lastDay() {
        return until().minusDays(1);
    }

    /** The period {@code n} steps later (negative: earlier). */
    public Period plus(int n) {
        return switch (granularity) {
            case MONTH -> new Period(granularity, from.plusMonths(n));
            case QUARTER -> new Period(granularity, from.plusMonths(3L * n));
            case YEAR -> new Period(granularity, from.plusYears(n));
        };
    }

    public Period previous() {
        return plus(-1);
    }

    /** The same period one year earlier. */
    public Period yearBefore() {
        return new Period(granularity, from.minusYears(1));
    }

    /** A short label: {@code 2026-03}, {@code 2026-K1} / {@code 2026-Q1}, {@code 2026}. */
    public String label(String quarterLetter) {
        return switch (granularity) {
            case MONTH -> from.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            case QUARTER -> from.getYear() + "-" + quarterLetter + from.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(from.getYear());
        };
    }
}
