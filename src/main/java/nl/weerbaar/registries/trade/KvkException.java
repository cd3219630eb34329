package nl.weerbaar.registries.trade;

/**
 * A KVK API call did not give an answer that can be used. {@link #reason()} says why in a way a page can show
 * ({@code registries.kvk.error.<reason>}); the message holds the technical detail for the log.
 */
public class KvkException extends RuntimeException {

    /** Why the call failed. */
    public enum Reason {
        /** No API key configured. */
        NOT_CONFIGURED,
        /** KVK refused the API key (401/403). */
        KEY_REFUSED,
        /** No connection, a timeout, a TLS failure or a 5xx answer. */
        UNAVAILABLE,
        /** KVK refused the question (400), e.g. a malformed KVK number. */
        BAD_QUESTION,
        /** An answer that is not the documented JSON. */
        BAD_ANSWER
    }

    private final Reason reason;

    public KvkException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key a page shows for this failure. */
    public String messageKey() {
        return "registries.kvk.error."
                + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
