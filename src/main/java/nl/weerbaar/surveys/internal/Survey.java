package nl.weerbaar.surveys.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A survey of one municipality. Always anonymous; {@code minGroupSize} is fixed at creation.
 * {@code closedOn} is set when the coordinator closes it early; {@code baselineSurveyId} (may be null) is the
 * 0-measurement this one is compared with.
 */
public record Survey(
        UUID id,
        String title,
        Variant variant,
        UUID questionnaireId,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate closedOn,
        int minGroupSize,
        UUID baselineSurveyId) {

    public boolean isClosed(LocalDate today) {
        return closedOn != null || today.isAfter(closesOn);
    }

    public boolean isOpen(LocalDate today) {
        return !isClosed(today) && !today.isBefore(opensOn);
    }

    /** NOT_OPEN_YET, OPEN or CLOSED. */
    public String status(LocalDate today) {
        return isClosed(today) ? "CLOSED" : isOpen(today) ? "OPEN" : "NOT_OPEN_YET";
    }
}
