package nl.weerbaar.incidents.core;

import java.util.List;

/**
 * The code lists of an incident as strings, for forms and templates. Channel, kind, severity, step and step status
 * come from their enums ({@link Channel}, {@link IncidentKind}, {@link Severity}, {@link StepType},
 * {@link StepStatus}), the one source of those lists. Labels live in the message bundle under
 * {@code incidents.<list>.<code>}.
 */
public final class Codes {

    public static final List<String> KINDS = names(IncidentKind.values());
    public static final List<String> LOCATIONS = List.of("COUNTER", "STREET", "HOME_VISIT", "ONLINE", "PHONE", "OTHER");
    public static final List<String> RELATIONS =
            List.of("CITIZEN", "CLIENT", "ENTREPRENEUR", "COLLEAGUE", "OTHER", "UNKNOWN");
    public static final List<String> CONSEQUENCES = List.of("NONE", "EMOTIONAL", "INJURY", "ABSENCE");
    public static final List<String> SEVERITIES = names(Severity.values());
    public static final List<String> CONFIDENTIALITY = List.of("NONE", "CIVIL_SERVANTS", "OFFICE_HOLDERS");
    public static final List<String> STEPS = names(StepType.values());
    public static final List<String> STEP_STATUSES = names(StepStatus.values());
    public static final List<String> CHANNELS = names(Channel.values());

    private Codes() {}

    /** The outcomes a step may record (see {@link StepType#outcomes()}); empty for a code that is no step. */
    public static List<String> outcomes(String step) {
        StepType type = StepType.of(step);
        return type == null ? List.of() : type.outcomes();
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
