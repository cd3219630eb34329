package nl.weerbaar.meldpunt.internal;

import java.time.LocalDate;

/**
 * The legal deadlines of a report (Wet bescherming klokkenluiders, EU Directive 2019/1937 art. 9), in calendar days:
 * acknowledge receipt within 7 days; inform the reporter about the assessment and follow-up within 3 months after the
 * acknowledgment.
 */
record Deadlines(LocalDate acknowledgeBy, LocalDate informBy) {

    static final int ACKNOWLEDGE_DAYS = 7;
    static final int INFORM_MONTHS = 3;

    static Deadlines of(LocalDate receivedOn, LocalDate acknowledgedOn) {
        return new Deadlines(
                receivedOn.plusDays(ACKNOWLEDGE_DAYS),
                acknowledgedOn == null ? null : acknowledgedOn.plusMonths(INFORM_MONTHS));
    }

    /** The next deadline still to meet, or null when the reporter has been informed. */
    static LocalDate next(LocalDate receivedOn, LocalDate acknowledgedOn, LocalDate informedOn) {
        if (informedOn != null) {
            return null;
        }
        Deadlines d = of(receivedOn, acknowledgedOn);
        return acknowledgedOn == null ? d.acknowledgeBy() : d.informBy();
    }
}
