package nl.weerbaar.platform.admin;

/** An object cannot be deleted because others still refer to it. {@code messageKey} explains it, with {@code count}. */
class InUseException extends RuntimeException {

    private final String messageKey;
    private final long count;

    InUseException(String messageKey, long count) {
        super(messageKey);
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
