package nl.weerbaar.awareness.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One planned event of the programme. {@code departmentId}, {@code departmentName}, {@code notes}, {@code remindedAt}
 * and {@code actionId} may be null.
 */
record ProgrammeEvent(
        UUID id,
        EventKind kind,
        String title,
        LocalDate startsOn,
        UUID ownerId,
        String ownerName,
        UUID departmentId,
        String departmentName,
        String notes,
        int remindDays,
        Instant remindedAt,
        UUID actionId,
        Instant updatedAt) {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_REMIND_DAYS = 60;

    /** The day the reminder goes out. */
    LocalDate remindOn() {
        return startsOn.minusDays(remindDays);
    }
}
