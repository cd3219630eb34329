package nl.weerbaar.platform;

/**
 * The append-only audit log. Every create, change, delete and export, and every read of case data, is
 * recorded here in the same transaction as the work itself. Never pass secrets or case content: only
 * the type and id of the object and the purpose.
 *
 * <p>Actor, municipality, origin (client address) and time are taken from the current context.
 */
public interface AuditLog {

    enum Action {
        CREATE,
        READ,
        UPDATE,
        DELETE,
        LOGIN,
        LOGOUT,
        EXPORT,
        IMPORT,
        VERIFY
    }

    enum Result {
        SUCCESS,
        DENIED,
        FAILURE
    }

    /** Records a successful action on an object. {@code objectId} may be null for lists and searches. */
    default void record(Action action, String objectType, Object objectId, String purpose) {
        record(action, objectType, objectId, Result.SUCCESS, purpose);
    }

    void record(Action action, String objectType, Object objectId, Result result, String purpose);

    /** Shorthand for a read of case data. */
    default void read(String objectType, Object objectId, String purpose) {
        record(Action.READ, objectType, objectId, Result.SUCCESS, purpose);
    }

    /**
     * A code as words for a note or purpose, which people read in the audit log: {@code "POLICE_REPORT"} becomes
     * {@code "police report"}.
     */
    static String words(String code) {
        return code == null ? null : code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
