package nl.weerbaar.incidents.core;

/** Whether a case is still being worked. Labels: {@code incidents.status.<name>}. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
