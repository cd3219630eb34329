package nl.weerbaar.incidents.core;

import java.util.Collection;

/**
 * Suggests a severity from the kinds and the consequences for the person. The reporter or handler may
 * adjust it; both values are kept.
 */
public final class SeveritySuggestion {

    private SeveritySuggestion() {}

    /** LOW, MEDIUM, HIGH or CRITICAL. */
    public static String suggest(Collection<String> kinds, Collection<String> consequences) {
        boolean injury = consequences.contains("INJURY");
        boolean absence = consequences.contains("ABSENCE");
        if (kinds.contains("PHYSICAL_VIOLENCE") && (injury || absence)) {
            return "CRITICAL";
        }
        if (kinds.contains("PHYSICAL_VIOLENCE")
                || kinds.contains("THREAT_VIOLENCE")
                || kinds.contains("THREAT_FAMILY")
                || kinds.contains("STALKING")
                || kinds.contains("BRIBERY")
                || injury
                || absence) {
            return "HIGH";
        }
        if (kinds.contains("INTIMIDATION")
                || kinds.contains("THREAT_ESCALATION")
                || kinds.contains("ONLINE_THREAT")
                || kinds.contains("PROPERTY_DAMAGE")
                || kinds.contains("DISCRIMINATION")
                || consequences.contains("EMOTIONAL")) {
            return "MEDIUM";
        }
        return "LOW";
    }
}
