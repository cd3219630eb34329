package nl.weerbaar.platform.admin;

/** An administrator tried to lock themselves out (disable their own account); {@code messageKey} explains it. */
class SelfChangeException extends RuntimeException {

    private final String messageKey;

    SelfChangeException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
