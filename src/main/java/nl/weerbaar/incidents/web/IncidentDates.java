package nl.weerbaar.incidents.web;

import java.time.Instant;
import nl.weerbaar.platform.DutchTime;
import org.springframework.stereotype.Component;

/** Formats moments in Dutch time ({@link DutchTime}) for the templates: {@code ${@incidentDates.format(x)}}. */
@Component("incidentDates")
public class IncidentDates {

    public String format(Instant instant) {
        return DutchTime.dateTime(instant);
    }

    public String date(Instant instant) {
        return DutchTime.date(instant);
    }

    /** Cents as euros, Dutch style: 1.234,50. */
    public String euros(Long cents) {
        if (cents == null) {
            return "";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(cents / 100.0);
    }
}
