package nl.weerbaar.insights.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The follow-up measures as the read model knows them, and the standard deadlines (from registration) used
 * to call an open step overdue: aftercare within 24 hours, a response to the perpetrator within 48 hours, and
 * evidence secured within 7 days (before camera footage is usually deleted). Other measures have no standard
 * deadline here.
 */
final class Deadlines {

    static final List<String> STEPS = List.of(
            "AFTERCARE", "PERPETRATOR_RESPONSE", "POLICE_REPORT", "EVIDENCE", "DAMAGE_RECOVERY", "FEEDBACK", "LESSONS");

    static final Map<String, Duration> STANDARD = Map.of(
            "AFTERCARE",
            Duration.ofHours(24),
            "PERPETRATOR_RESPONSE",
            Duration.ofHours(48),
            "EVIDENCE",
            Duration.ofDays(7));

    private Deadlines() {}

    static String column(String step) {
        return step.toLowerCase() + "_at";
    }
}
