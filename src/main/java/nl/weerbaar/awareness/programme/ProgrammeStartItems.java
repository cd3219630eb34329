package nl.weerbaar.awareness.programme;

import java.time.Clock;
import java.util.List;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Component;

/** The programme on the start page of the secretary and the coordinator: the next events, each with its day. */
@Component
class ProgrammeStartItems implements StartPageItems {

    static final int SHOWN = 4;

    private final ProgrammeEvents events;
    private final Clock clock;

    ProgrammeStartItems(ProgrammeEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<StartItem> itemsFor(UserIdentity user) {
        if (user.tenantId() == null || !ProgrammeService.isReader(user)) {
            return List.of();
        }
        List<ProgrammeEvent> next = events.upcoming(DutchTime.today(clock), SHOWN);
        if (next.isEmpty()) {
            return List.of();
        }
        return List.of(StartItem.figure(60, "awareness.start.programme", "/awareness/programme")
                .withLines(next.stream()
                        .map(e -> new StartItem.Line(e.title(), ProgrammeReminderJob.DAY.format(e.startsOn())))
                        .toList()));
    }
}
