package nl.weerbaar.addresses.flags;

import java.time.LocalDate;
import nl.weerbaar.platform.FieldErrors;

/**
 * The date rules of a flag (ADR 1010): a mandatory end date after the start and at most {@value #MAX_MONTHS} months
 * on; a renewal runs at most {@value #MAX_MONTHS} months from the day it is asked; a flag counts on its start date and
 * through its end date, and not the day after.
 */
final class FlagDates {

    static final int MAX_MONTHS = 12;
    /** How long before its end the owner is reminded. */
    static final int REMINDER_DAYS = 28;

    private FlagDates() {}

    /** The latest end date of a flag starting on {@code start}, or of a renewal asked on {@code start}. */
    static LocalDate latestEnd(LocalDate start) {
        return start.plusMonths(MAX_MONTHS);
    }

    /** Checks a new flag's dates, asked on {@code today}; fields {@code startsOn} and {@code endsOn}. */
    static void checkNew(FieldErrors errors, LocalDate today, LocalDate start, LocalDate end) {
        if (start != null && start.isBefore(today)) {
            errors.reject("startsOn", "flags.error.start-past");
        }
        if (start != null && start.isAfter(latestEnd(today))) {
            errors.reject("startsOn", "flags.error.start-far");
        }
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.reject("endsOn", "flags.error.end-before-start");
            } else if (end.isAfter(latestEnd(start))) {
                errors.reject("endsOn", "flags.error.end-too-late", MAX_MONTHS);
            }
        }
    }

    /** Checks a renewal asked on {@code today} of a flag ending on {@code currentEnd}; field {@code newEndsOn}. */
    static void checkRenewal(FieldErrors errors, LocalDate today, LocalDate currentEnd, LocalDate newEnd) {
        if (newEnd == null) {
            return;
        }
        if (!newEnd.isAfter(currentEnd)) {
            errors.reject("newEndsOn", "flags.error.renewal-not-later");
        } else if (newEnd.isAfter(latestEnd(today))) {
            errors.reject("newEndsOn", "flags.error.end-too-late", MAX_MONTHS);
        }
    }

    /** Whether a flag from {@code start} through {@code end} counts on {@code day}. */
    static boolean runsOn(LocalDate start, LocalDate end, LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
