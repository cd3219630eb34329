package nl.weerbaar.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Time in the Netherlands, where every municipality is. Moments are stored as instants (UTC); days, deadlines,
 * schedules and everything a person reads are in this zone. Take the time from the injected {@link Clock} bean,
 * never from the system clock, so that tests can set it.
 */
public final class DutchTime {

    /** The zone's id, for annotations: {@code @Scheduled(cron = "…", zone = DutchTime.ZONE_ID)}. */
    public static final String ZONE_ID = "Europe/Amsterdam";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String NONE = "—";

    private DutchTime() {}

    /** Today's date in the Netherlands. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The current moment on the Dutch wall clock. */
    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock.withZone(ZONE));
    }

    /**
     * {@code moment} as it reads in the Netherlands: an {@link Instant}, {@link OffsetDateTime},
     * {@link ZonedDateTime} or {@link Date} (a JDBC timestamp); {@code null} for {@code null}.
     */
    public static ZonedDateTime of(Object moment) {
        if (moment == null) {
            return null;
        } else if (moment instanceof Instant i) {
            return i.atZone(ZONE);
        } else if (moment instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ZONE);
        } else if (moment instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZONE);
        } else if (moment instanceof Date d && !(moment instanceof java.sql.Date)) {
            return d.toInstant().atZone(ZONE);
        }
        throw new IllegalArgumentException("not a moment: " + moment.getClass().getName());
    }

    /** A moment for people to read, in Dutch time: {@code 07-12-2026 03:54}; a dash when there is none. */
    public static String dateTime(Object moment) {
        ZonedDateTime t = of(moment);
        return t == null ? NONE : DATE_TIME.format(t);
    }

    /** A moment to the second, in Dutch time, for logs people read: {@code 07-12-2026 03:54:07}. */
    public static String dateTimeSeconds(Object moment) {
        ZonedDateTime t = of(moment);
        return t == null ? NONE : SECONDS.format(t);
    }

    /**
     * The day of a moment in Dutch time, or a date as it is ({@link LocalDate}, {@link java.sql.Date}):
     * {@code 07-12-2026}; a dash when there is none.
     */
    public static String date(Object value) {
        if (value == null) {
            return NONE;
        } else if (value instanceof LocalDate d) {
            return DATE.format(d);
        } else if (value instanceof java.sql.Date d) {
            return DATE.format(d.toLocalDate());
        }
        return DATE.format(of(value));
    }
}
