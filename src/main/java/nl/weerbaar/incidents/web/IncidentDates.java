package nl.weerbaar.incidents.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.weerbaar.incidents.core.DutchCalendar;
import org.springframework.stereotype.Component;

/** Formats moments in Amsterdam time for the templates: {@code ${@incidentDates.format(x)}}. */
@Component("incidentDates")
public class IncidentDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public String format(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(DutchCalendar.ZONE));
    }

    public String date(Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(DutchCalendar.ZONE));
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
