package nl.weerbaar.incidents.core;

import nl.weerbaar.platform.ConflictException;

/** The idempotency key was used before for a report with different content (409). */
public class IdempotencyConflictException extends ConflictException {

    public IdempotencyConflictException() {
        super("incidents.error.idempotency", null);
    }
}
