package nl.weerbaar.incidents.core;

/** How serious an incident is, least serious first. Labels: {@code incidents.severity.<name>}. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
