package nl.weerbaar.meldpunt.internal;

/** What a report is about; the label is the message {@code meldpunt.kind.<NAME>}. */
enum Kind {
    MISCONDUCT,
    LEAK,
    CONFLICT_OF_INTEREST,
    FAVOURED_DECISION,
    OUTSIDE_PRESSURE,
    UNDERMINING
}
