package nl.weerbaar.incidents.core;

import java.util.List;

/**
 * The follow-up steps of a case, in their order, with the outcomes each may record. Labels:
 * {@code incidents.step.<name>}, outcomes {@code incidents.outcome.<outcome>}.
 */
public enum StepType {
    AFTERCARE("PSYCHOLOGICAL", "PHYSICAL", "MATERIAL", "LEGAL", "DECLINED"),
    PERPETRATOR_RESPONSE("TALK", "LETTER", "WARNING", "BUILDING_BAN", "OTHER"),
    POLICE_REPORT("AANGIFTE", "MELDING", "NO_REPORT", "ELA", "PUBLIC_TASK"),
    EVIDENCE("CAMERA_SECURED", "PHOTOS", "STATEMENTS", "NONE_AVAILABLE"),
    DAMAGE_RECOVERY("NO_DAMAGE", "CLAIMED", "RECOVERED", "INSURANCE"),
    FEEDBACK,
    LESSONS;

    private final List<String> outcomes;

    StepType(String... outcomes) {
        this.outcomes = List.of(outcomes);
    }

    /** The outcomes this step may record; empty when it has only notes. */
    public List<String> outcomes() {
        return outcomes;
    }

    /** The step with this code, or null for a code that is none. */
    public static StepType of(String code) {
        for (StepType t : values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        return null;
    }
}
