package nl.weerbaar.training.register;

import java.time.LocalDate;

/**
 * Where a certification period stands on a day (ADR 0903): pending until the training is attended, valid, due soon
 * within {@link #DUE_SOON_DAYS} days of its end, overdue for {@link #GRACE_MONTHS} months after it, expired after that.
 */
enum CertState {
    PENDING,
    VALID,
    DUE_SOON,
    OVERDUE,
    EXPIRED;

    static final int DUE_SOON_DAYS = 60;
    static final int GRACE_MONTHS = 3;

    /** The state of a period that is valid until {@code validUntil} (null: not attended yet) on {@code today}. */
    static CertState of(LocalDate validUntil, LocalDate today) {
        if (validUntil == null) {
            return PENDING;
        }
        if (!today.isAfter(validUntil)) {
            return today.plusDays(DUE_SOON_DAYS).isBefore(validUntil) ? VALID : DUE_SOON;
        }
        return today.isAfter(validUntil.plusMonths(GRACE_MONTHS)) ? EXPIRED : OVERDUE;
    }
}
