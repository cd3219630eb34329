package nl.weerbaar.platform.admin;

import org.springframework.validation.Errors;

/** API input broke validation rules; carries the field errors (message keys) for a problem+json answer. */
class InvalidInputException extends RuntimeException {

    private final transient Errors errors;

    InvalidInputException(Errors errors) {
        super("invalid input");
        this.errors = errors;
    }

    Errors errors() {
        return errors;
    }
}
