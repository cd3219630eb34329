package nl.weerbaar.platform;

/** What a user may do. All roles but {@link #OPERATOR} belong to one municipality. */
public enum Role {
    EMPLOYEE,
    MANAGER,
    CONFIDANT,
    COORDINATOR,
    SECRETARY,
    LEGAL,
    ADMIN,
    /** Runs the platform for all municipalities; sees no municipality's case data. */
    OPERATOR;

    /** The Spring Security authority for this role, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
