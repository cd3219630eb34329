package nl.weerbaar.assessments.measurement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change to a measurement that is locked. */
@ResponseStatus(HttpStatus.CONFLICT)
class MeasurementClosedException extends RuntimeException {

    MeasurementClosedException() {
        super("measurement is locked");
    }
}
