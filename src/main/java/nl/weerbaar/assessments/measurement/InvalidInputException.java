package nl.weerbaar.assessments.measurement;

import java.util.Map;

/** Input refused (a gap that cannot become an action, a bad API filter): message keys per field, in order. */
class InvalidInputException extends RuntimeException {

    private final transient Map<String, String> errors;

    InvalidInputException(Map<String, String> errors) {
        super("invalid action: " + errors.keySet());
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    Map<String, String> errors() {
        return errors;
    }
}
