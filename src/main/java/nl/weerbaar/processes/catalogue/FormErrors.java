package nl.weerbaar.processes.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field errors of one form submission: field id → message key, in the order the fields appear. */
public final class FormErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormErrors reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    /** Rejects a blank value, or one longer than {@code max}; returns the trimmed value (null when blank). */
    public String text(String field, String value, boolean required, int max) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                reject(field, "processes.error.required");
            }
            return null;
        }
        if (v.length() > max) {
            reject(field, "processes.error.too-long");
        }
        return v;
    }

    /** Parses an integer between min and max, or rejects the field. */
    public int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n < min || n > max) {
                reject(field, "processes.error.range");
            }
            return n;
        } catch (NumberFormatException e) {
            reject(field, "processes.error.number");
            return min;
        }
    }

    /** Accepts only one of {@code allowed}. */
    public String oneOf(String field, String value, java.util.Collection<String> allowed, boolean required) {
        if ((value == null || value.isBlank()) && !required) {
            return null;
        }
        if (value == null || !allowed.contains(value)) {
            reject(field, "processes.error.choice");
            return null;
        }
        return value;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public Map<String, String> asMap() {
        return errors;
    }
}
