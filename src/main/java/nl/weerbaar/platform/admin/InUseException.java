package nl.weerbaar.platform.admin;

import nl.weerbaar.platform.ConflictException;

/** An object cannot be deleted because others still refer to it. {@code messageKey} explains it, with {@code count}. */
class InUseException extends ConflictException {

    private final String messageKey;
    private final long count;

    InUseException(String messageKey, long count) {
        super("admin.problem.in-use", messageKey, count);
        this.messageKey = messageKey;
        this.count = count;
    }

    String messageKey() {
        return messageKey;
    }

    long count() {
        return count;
    }
}
