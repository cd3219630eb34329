package nl.weerbaar.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The field errors of one form or API request: field → message key with optional arguments, in the order the
 * fields were checked (the first error per field counts). {@link #FORM} holds an error about the form as a whole.
 * Pages render them with the {@code fragments/errors} fragments; the API answers them as problem+json through
 * {@link InvalidInputException}. Bean Validation results come in through {@link #of(Errors)}.
 */
public final class FieldErrors implements Iterable<FieldErrors.FieldError> {

    /** The "field" of an error about the form as a whole. */
    public static final String FORM = "form";

    /** Message key for text that contains characters nobody can type (a NUL byte). */
    public static final String INVALID_CHARACTERS = "error.invalid-characters";

    /** One refused field: its message key and the message's arguments. */
    public record FieldError(String field, String key, List<Object> args) {
        public FieldError {
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    private static final String UNREADABLE = FieldErrors.class.getName() + ".unreadable";

    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    /**
     * Empty, except inside a web request with parameters that contain a NUL byte: those fields start refused
     * ({@link #INVALID_CHARACTERS}), so every form that validates into this type shows them again with the message.
     */
    public FieldErrors() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                && a.getRequest().getAttribute(UNREADABLE) instanceof Collection<?> fields) {
            fields.forEach(f -> reject(String.valueOf(f), INVALID_CHARACTERS));
        }
    }

    /** Records the request parameters that contain a NUL byte (done once per request by the platform). */
    public static void markUnreadable(HttpServletRequest request, Collection<String> fields) {
        request.setAttribute(UNREADABLE, List.copyOf(fields));
    }

    /** Refuses {@code field} with {@code key} unless it is refused already. */
    public FieldErrors reject(String field, String key, Object... args) {
        errors.putIfAbsent(field, new FieldError(field, key, args == null ? List.of() : List.of(args)));
        return this;
    }

    /** Refuses the form as a whole. */
    public FieldErrors rejectForm(String key, Object... args) {
        return reject(FORM, key, args);
    }

    /** Takes over every error of {@code other} for fields not refused yet. */
    public FieldErrors addAll(FieldErrors other) {
        other.errors.values().forEach(e -> errors.putIfAbsent(e.field(), e));
        return this;
    }

    /** Refuses {@code field} when {@code value} contains a NUL byte; true when it was refused. */
    public boolean rejectUnreadable(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            reject(field, INVALID_CHARACTERS);
            return true;
        }
        return false;
    }

    /**
     * Checks a text field: refuses it when required and blank ({@code error.required}), longer than {@code max}
     * ({@code error.too-long}) or unreadable; returns the stripped value, null when blank or unreadable (so that
     * later checks never send it to the database).
     */
    public String text(String field, String value, boolean required, int max) {
        if (rejectUnreadable(field, value)) {
            return null;
        }
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                reject(field, "error.required");
            }
            return null;
        }
        if (v.length() > max) {
            reject(field, "error.too-long");
        }
        return v;
    }

    /**
     * Checks an e-mail address as {@link #text} does, and its form ({@code error.email}); returns the stripped value,
     * null when blank or refused.
     */
    public String email(String field, String value, boolean required, int max) {
        String v = text(field, value, required, max);
        if (v != null && !isEmailAddress(v)) {
            reject(field, "error.email");
            return null;
        }
        return v;
    }

    /**
     * Whether {@code s} has the form of one e-mail address: one {@code @}, no spaces or separators, a dot in the
     * domain. Loose on purpose; the mail server has the last word.
     */
    public static boolean isEmailAddress(String s) {
        return s != null && EMAIL.matcher(s).matches();
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

    /** Parses a whole number between min and max ({@code error.number}, {@code error.range}); min when refused. */
    public int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n < min || n > max) {
                reject(field, "error.range");
            }
            return n;
        } catch (NumberFormatException e) {
            reject(field, "error.number");
            return min;
        }
    }

    /** Accepts only one of {@code allowed} ({@code error.choice}); null when blank and not required. */
    public String oneOf(String field, String value, Collection<String> allowed, boolean required) {
        if ((value == null || value.isBlank()) && !required) {
            return null;
        }
        if (value == null || !allowed.contains(value)) {
            reject(field, "error.choice");
            return null;
        }
        return value;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** The error of {@code field}, or null. */
    public FieldError get(String field) {
        return errors.get(field);
    }

    /** The message key of {@code field}, or null. */
    public String key(String field) {
        FieldError e = errors.get(field);
        return e == null ? null : e.key();
    }

    public List<FieldError> all() {
        return List.copyOf(errors.values());
    }

    /** Field → message key, in order. */
    public Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        errors.values().forEach(e -> keys.put(e.field(), e.key()));
        return Collections.unmodifiableMap(keys);
    }

    @Override
    public Iterator<FieldError> iterator() {
        return all().iterator();
    }

    /** Throws {@link InvalidInputException} carrying these errors when there are any. */
    public void throwIfAny() {
        if (any()) {
            throw new InvalidInputException(this);
        }
    }

    /** The errors of a Spring binding or Bean Validation result; global errors become form errors. */
    public static FieldErrors of(Errors result) {
        FieldErrors errors = new FieldErrors();
        result.getFieldErrors()
                .forEach(f -> errors.reject(
                        f.getField(), f.getCode() == null ? "error.invalid" : f.getCode(), f.getArguments()));
        result.getGlobalErrors()
                .forEach(g -> errors.rejectForm(g.getCode() == null ? "error.invalid" : g.getCode(), g.getArguments()));
        return errors;
    }

    /** One error. */
    public static FieldErrors of(String field, String key, Object... args) {
        return new FieldErrors().reject(field, key, args);
    }

    @Override
    public String toString() {
        return keys().toString();
    }
}
