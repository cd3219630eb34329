package nl.weerbaar.platform;

/**
 * Input was refused and nothing was saved. Carries the {@link FieldErrors}; the API answers 400 problem+json with
 * an {@code errors} list of {@code field} and {@code message} in the caller's language, a page shows the form again.
 */
public class InvalidInputException extends RuntimeException {

    private final transient FieldErrors errors;

    public InvalidInputException(FieldErrors errors) {
        super("invalid input: " + errors);
        this.errors = errors;
    }

    public InvalidInputException(String field, String key, Object... args) {
        this(FieldErrors.of(field, key, args));
    }

    public FieldErrors errors() {
        return errors;
    }
}
