package nl.weerbaar.platform;

/**
 * The request conflicts with the current state (409): {@code titleKey} names the problem, {@code detailKey}
 * (optional, with arguments) explains it. The API answers problem+json in the caller's language.
 */
public class ConflictException extends RuntimeException {

    private final String titleKey;
    private final String detailKey;
    private final transient Object[] args;

    public ConflictException(String titleKey, String detailKey, Object... args) {
        super(detailKey == null ? titleKey : detailKey);
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.args = args;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }
}
