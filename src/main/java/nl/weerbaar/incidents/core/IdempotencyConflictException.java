package nl.weerbaar.incidents.core;

/** The idempotency key was used before for a report with different content. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("Idempotency key reused with different content");
    }
}
