package nl.weerbaar.awareness.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, per municipality: mails the owner of each programme event whose reminder day has come (its
 * {@code remind_days} before the day) and that has not started, once per event (until its day, period or owner
 * changes). The mail carries the event's title and day and a link to it.
 */
@Component
class ProgrammeReminderJob extends MunicipalityJob {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ProgrammeEvents events;
    private final Clock clock;

    ProgrammeReminderJob(ProgrammeEvents events, MunicipalityJob.Support support, Clock clock) {
        super("awareness-reminders", support);
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${weerbaar.jobs.awareness-reminders-cron:0 0 7 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "awareness-reminders",
            lockAtLeastFor = "${weerbaar.jobs.awareness-reminders-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = today();
        inEachMunicipality(() -> events.toRemind(today).forEach(e -> {
            mailPerson(
                    e.ownerId(),
                    "awareness.mail.reminder",
                    "/awareness/programme/" + e.id(),
                    e.title(),
                    DAY.format(e.startsOn()));
            events.markReminded(e.id(), clock.instant());
            record(ProgrammeService.TYPE, e.id(), "reminder sent");
        }));
    }
}
