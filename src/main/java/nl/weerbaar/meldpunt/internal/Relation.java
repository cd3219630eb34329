package nl.weerbaar.meldpunt.internal;

/**
 * Who the reporter says they are, if they want to: someone who works for the municipality, an office holder, or — where
 * the municipality opened its meldpunt to them — a resident or an entrepreneur. Kept in the sealed content.
 */
enum Relation {
    EMPLOYEE,
    OFFICE_HOLDER,
    RESIDENT,
    ENTREPRENEUR;

    boolean outsider() {
        return this == RESIDENT || this == ENTREPRENEUR;
    }
}
