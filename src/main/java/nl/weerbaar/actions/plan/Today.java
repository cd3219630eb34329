package nl.weerbaar.actions.plan;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the municipalities are: due dates are Dutch calendar dates. */
final class Today {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Today() {}

    static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
