package nl.weerbaar.incidents.core;

import java.util.List;

/** The code lists of an incident. Labels live in the message bundle under {@code incidents.<list>.<code>}. */
public final class Codes {

    public static final List<String> KINDS = List.of(
            "VERBAL_AGGRESSION",
            "INTIMIDATION",
            "THREAT_ESCALATION",
            "THREAT_VIOLENCE",
            "THREAT_FAMILY",
            "STALKING",
            "ONLINE_THREAT",
            "PROPERTY_DAMAGE",
            "PHYSICAL_VIOLENCE",
            "DISCRIMINATION",
            "BRIBERY",
            "OTHER");
    public static final List<String> LOCATIONS = List.of("COUNTER", "STREET", "HOME_VISIT", "ONLINE", "PHONE", "OTHER");
    public static final List<String> RELATIONS =
            List.of("CITIZEN", "CLIENT", "ENTREPRENEUR", "COLLEAGUE", "OTHER", "UNKNOWN");
    public static final List<String> CONSEQUENCES = List.of("NONE", "EMOTIONAL", "INJURY", "ABSENCE");
    public static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    public static final List<String> CONFIDENTIALITY = List.of("NONE", "CIVIL_SERVANTS", "OFFICE_HOLDERS");
    public static final List<String> STEPS = List.of(
            "AFTERCARE", "PERPETRATOR_RESPONSE", "POLICE_REPORT", "EVIDENCE", "DAMAGE_RECOVERY", "FEEDBACK", "LESSONS");
    public static final List<String> STEP_STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE", "NOT_APPLICABLE");

    private Codes() {}

    /** The outcomes a step may record (checkboxes); empty when the step has only notes. */
    public static List<String> outcomes(String step) {
        return switch (step) {
            case "AFTERCARE" -> List.of("PSYCHOLOGICAL", "PHYSICAL", "MATERIAL", "LEGAL", "DECLINED");
            case "PERPETRATOR_RESPONSE" -> List.of("TALK", "LETTER", "WARNING", "BUILDING_BAN", "OTHER");
            case "POLICE_REPORT" -> List.of("AANGIFTE", "MELDING", "NO_REPORT", "ELA", "PUBLIC_TASK");
            case "EVIDENCE" -> List.of("CAMERA_SECURED", "PHOTOS", "STATEMENTS", "NONE_AVAILABLE");
            case "DAMAGE_RECOVERY" -> List.of("NO_DAMAGE", "CLAIMED", "RECOVERED", "INSURANCE");
            default -> List.of();
        };
    }
}
