package nl.weerbaar.actions.plan;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, per municipality: reminds owners of actions due within {@code weerbaar.actions.reminder-days}
 * (default 7) and escalates actions past their due date to the municipality's coordinators. Each due date is
 * reminded and escalated once; moving the due date starts afresh. Runs on one node at a time. Mails are in
 * Dutch: the platform keeps no language per user (the interface language lives in a browser cookie only).
 */
@Component
class ReminderJob {

    private final Municipalities municipalities;
    private final Actions actions;
    private final Organisation organisation;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final int reminderDays;
    private final Clock clock;

    ReminderJob(
            Municipalities municipalities,
            Actions actions,
            Organisation organisation,
            Notifier notifier,
            AuditLog audit,
            TransactionTemplate tx,
            @Value("${weerbaar.actions.reminder-days:7}") int reminderDays,
            Clock clock) {
        this.clock = clock;
        this.municipalities = municipalities;
        this.actions = actions;
        this.organisation = organisation;
        this.notifier = notifier;
        this.audit = audit;
        this.tx = tx;
        this.reminderDays = reminderDays;
    }

    @Scheduled(cron = "${weerbaar.actions.reminder-cron:0 30 7 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "action-reminders",
            lockAtLeastFor = "${weerbaar.actions.reminder-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = DutchTime.today(clock);
        municipalities.forEachMunicipality(
                "action-reminders", () -> tx.executeWithoutResult(s -> remindAndEscalate(today)));
    }

    private void remindAndEscalate(LocalDate today) {
        for (Action a : actions.dueForReminder(today, today.plusDays(reminderDays))) {
            organisation
                    .person(a.ownerId())
                    .ifPresent(
                            owner -> notifier.sendLink(owner.email(), "actions.mail.reminder", "/actions/" + a.id()));
            actions.markReminded(a.id(), a.dueDate());
            audit.record(AuditLog.Action.UPDATE, ActionService.TYPE, a.id(), "reminder sent");
        }
        for (Action a : actions.dueForEscalation(today)) {
            organisation
                    .withRole(Role.COORDINATOR, null)
                    .forEach(c -> notifier.sendLink(c.email(), "actions.mail.escalation", "/actions/" + a.id()));
            actions.markEscalated(a.id(), a.dueDate());
            audit.record(AuditLog.Action.UPDATE, ActionService.TYPE, a.id(), "escalated to coordinator");
        }
    }
}
