package nl.weerbaar.training.learning;

import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, per municipality: a mail with a link to the people who have refresher questions due, at most one a day
 * each (marked in the same transaction). The mail says nothing of the questions or the scores.
 */
@Component
class LearningReminderJob extends MunicipalityJob {

    private final Cards cards;

    LearningReminderJob(Cards cards, MunicipalityJob.Support support) {
        super("learning-reminders", support);
        this.cards = cards;
    }

    @Scheduled(cron = "${weerbaar.jobs.learning-reminders-cron:0 30 7 * * MON-FRI}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "learning-reminders",
            lockAtLeastFor = "${weerbaar.jobs.learning-reminders-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = today();
        inEachMunicipality(() -> remind(today));
    }

    void remind(LocalDate today) {
        for (UUID user : cards.toRemind(today)) {
            if (cards.reminded(user, today)) {
                mailPerson(user, "training.mail.due", "/leren/herhalen");
            }
        }
    }
}
