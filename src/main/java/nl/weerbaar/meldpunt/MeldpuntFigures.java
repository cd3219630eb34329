package nl.weerbaar.meldpunt;

import java.time.LocalDate;
import java.util.Map;

/**
 * The meldpunt's counts for the analyses (issue: counts flow to the analyses): reports received in a period per kind
 * and per outcome, and how often the 7-day acknowledgement was in time — numbers only, of the current municipality,
 * counted by day of receipt (the finest time a report keeps). Reports the retention job deleted still count through
 * their proof of deletion. The caller must hide small numbers: these are exact.
 */
public interface MeldpuntFigures {

    /** The reports received from {@code from} up to but not including {@code until}. */
    Figures received(LocalDate from, LocalDate until);

    /**
     * Counts per kind and per outcome (both in a fixed order with every key present, zero included; the outcome
     * {@code OPEN} for reports without one), their {@code total}, and of the reports still kept whose acknowledgement
     * was due by {@code today}: how many were {@code due} and how many were acknowledged {@code inTime}.
     */
    record Figures(Map<String, Long> perKind, Map<String, Long> perOutcome, long total, long due, long inTime) {}
}
