package nl.weerbaar.processes.reviews;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, per municipality and open campaign: reminds the managers who still have undecided items within
 * {@code weerbaar.processes.review-reminder-days} (default 7) before the due date, and after the due date tells
 * the coordinators which managers are overdue. Each reminder and each escalation is sent once per campaign and
 * manager; the coordinators' own share is reminded too but not escalated. Runs on one node at a time.
 */
@Component
class ReviewReminderJob {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Municipalities municipalities;
    private final Campaigns campaigns;
    private final Organisation organisation;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final int reminderDays;

    ReviewReminderJob(
            Municipalities municipalities,
            Campaigns campaigns,
            Organisation organisation,
            Notifier notifier,
            AuditLog audit,
            TransactionTemplate tx,
            @Value("${weerbaar.processes.review-reminder-days:7}") int reminderDays) {
        this.municipalities = municipalities;
        this.campaigns = campaigns;
        this.organisation = organisation;
        this.notifier = notifier;
        this.audit = audit;
        this.tx = tx;
        this.reminderDays = reminderDays;
    }

    @Scheduled(cron = "${weerbaar.processes.review-reminder-cron:0 45 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(
            name = "access-review-reminders",
            lockAtLeastFor = "${weerbaar.processes.review-reminder-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        runOn(LocalDate.now(ZONE));
    }

    /** One run as if today were {@code today}. */
    void runOn(LocalDate today) {
        municipalities.forEachMunicipality(
                "access-review-reminders",
                () -> tx.executeWithoutResult(s -> {
                    for (Campaigns.Campaign c : campaigns.openCampaigns()) {
                        remindAndEscalate(c, today);
                    }
                }));
    }

    private void remindAndEscalate(Campaigns.Campaign c, LocalDate today) {
        boolean remind =
                !today.isAfter(c.dueDate()) && !today.isBefore(c.dueDate().minusDays(reminderDays));
        boolean escalate = today.isAfter(c.dueDate());
        if (!remind && !escalate) {
            return;
        }
        Campaigns.OpenWork work = campaigns.openWork(c.id());
        List<Organisation.Person> coordinators = organisation.withRole(Role.COORDINATOR, null);
        for (UUID department : work.departments()) {
            for (Organisation.Person manager : organisation.withRole(Role.MANAGER, department)) {
                if (remind && campaigns.noteSent(c.id(), manager.id(), "REMINDER")) {
                    notifier.sendLink(
                            manager.email(), "processes.mail.review-reminder", "/processes/reviews/mine/" + c.id());
                    audit.record(
                            AuditLog.Action.UPDATE,
                            ReviewService.CAMPAIGN,
                            c.id(),
                            "review reminder sent to a manager");
                }
                if (escalate && campaigns.noteSent(c.id(), manager.id(), "ESCALATION")) {
                    coordinators.forEach(co -> notifier.sendLink(
                            co.email(), "processes.mail.review-escalation", "/processes/reviews/" + c.id()));
                    audit.record(AuditLog.Action.UPDATE, ReviewService.CAMPAIGN, c.id(), "overdue manager escalated");
                }
            }
        }
        if (work.coordinator() && remind) {
            for (Organisation.Person co : coordinators) {
                if (campaigns.noteSent(c.id(), co.id(), "REMINDER")) {
                    notifier.sendLink(
                            co.email(), "processes.mail.review-reminder", "/processes/reviews/mine/" + c.id());
                    audit.record(
                            AuditLog.Action.UPDATE,
                            ReviewService.CAMPAIGN,
                            c.id(),
                            "review reminder sent to a coordinator");
                }
            }
        }
    }
}
