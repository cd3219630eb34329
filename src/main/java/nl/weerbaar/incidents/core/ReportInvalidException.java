package nl.weerbaar.incidents.core;

import java.util.Map;

/** A report was refused; {@link #errors()} maps field names to message keys. Nothing was saved. */
public class ReportInvalidException extends RuntimeException {

    private final transient Map<String, String> errors;

    public ReportInvalidException(Map<String, String> errors) {
        super("Report invalid: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
