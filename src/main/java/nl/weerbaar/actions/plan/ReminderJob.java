package nl.weerbaar.actions.plan;

import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import nl.weerbaar.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, per municipality: reminds owners of actions due within {@code weerbaar.jobs.action-reminders-days}
 * (default 7) and escalates actions past their due date to the municipality's coordinators. Each due date is
 * reminded and escalated once; moving the due date starts afresh. Runs on one node at a time. Mails are in
 * Dutch: the platform keeps no language per user (the interface language lives in a browser cookie only).
 */
@Component
class ReminderJob extends MunicipalityJob {

    private final Actions actions;
    private final int reminderDays;

    ReminderJob(
            Actions actions,
            MunicipalityJob.Support support,
            @Value("${weerbaar.jobs.action-reminders-days:7}") int reminderDays) {
        super("action-reminders", support);
        this.actions = actions;
        this.reminderDays = reminderDays;
    }

    @Scheduled(
            cron = "${weerbaar.jobs.action-reminders-cron:${weerbaar.actions.reminder-cron:0 30 7 * * *}}",
            zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "action-reminders",
            lockAtLeastFor = "${weerbaar.jobs.action-reminders-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = today();
        inEachMunicipality(() -> remindAndEscalate(today));
    }

    private void remindAndEscalate(LocalDate today) {
        for (Action a : actions.dueForReminder(today, today.plusDays(reminderDays))) {
            mailPerson(a.ownerId(), "actions.mail.reminder", "/actions/" + a.id());
            actions.markReminded(a.id(), a.dueDate());
            record(ActionService.TYPE, a.id(), "reminder sent");
        }
        for (Action a : actions.dueForEscalation(today)) {
            mailRole(Role.COORDINATOR, "actions.mail.escalation", "/actions/" + a.id());
            actions.markEscalated(a.id(), a.dueDate());
            record(ActionService.TYPE, a.id(), "escalated to coordinator");
        }
    }
}
