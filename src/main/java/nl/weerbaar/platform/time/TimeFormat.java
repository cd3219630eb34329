package nl.weerbaar.platform.time;

import java.time.Clock;
import java.time.Instant;
import nl.weerbaar.platform.DutchTime;
import org.springframework.stereotype.Component;

/**
 * Time for the templates: {@code ${@dutchTime.dateTime(x)}} ({@code 07-12-2026 03:54}) and
 * {@code ${@dutchTime.date(x)}} ({@code 07-12-2026}) show instants, offset times and JDBC timestamps in Dutch time;
 * {@code ${@dutchTime.now()}} is the current moment by the application's clock.
 */
@Component("dutchTime")
class TimeFormat {

    private final Clock clock;

    TimeFormat(Clock clock) {
        this.clock = clock;
    }

    public String dateTime(Object moment) {
        return DutchTime.dateTime(moment);
    }

    public String dateTimeSeconds(Object moment) {
        return DutchTime.dateTimeSeconds(moment);
    }

    public String date(Object value) {
        return DutchTime.date(value);
    }

    public Instant now() {
        return clock.instant();
    }
}
