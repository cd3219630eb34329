package nl.weerbaar.platform;

/**
 * The caller may not make this change, whatever the input (granting themselves a role, approving their own
 * request). Nothing was saved. The API answers 403 problem+json with the {@code errors} list; a page shows the
 * messages like any other field errors.
 */
public class NotAllowedException extends InvalidInputException {

    public NotAllowedException(String field, String key, Object... args) {
        super(FieldErrors.of(field, key, args));
    }
}
