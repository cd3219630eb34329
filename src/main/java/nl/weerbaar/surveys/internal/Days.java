package nl.weerbaar.surveys.internal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Survey dates are days in the Netherlands; nothing finer is stored with answers. */
final class Days {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Days() {}

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
