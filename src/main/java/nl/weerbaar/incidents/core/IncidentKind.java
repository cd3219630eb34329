package nl.weerbaar.incidents.core;

/** What happened (a report names one or more). Labels: {@code incidents.kind.<name>}. */
public enum IncidentKind {
    VERBAL_AGGRESSION,
    INTIMIDATION,
    THREAT_ESCALATION,
    THREAT_VIOLENCE,
    THREAT_FAMILY,
    STALKING,
    ONLINE_THREAT,
    PROPERTY_DAMAGE,
    PHYSICAL_VIOLENCE,
    DISCRIMINATION,
    BRIBERY,
    OTHER
}
