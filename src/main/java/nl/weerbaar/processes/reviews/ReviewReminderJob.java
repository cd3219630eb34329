package nl.weerbaar.processes.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, per municipality and open campaign: reminds the managers who still have undecided items within
 * {@code weerbaar.jobs.review-reminders-days} (default 7) before the due date, and after the due date tells
 * the coordinators which managers are overdue. Each reminder and each escalation is sent once per campaign and
 * manager; the coordinators' own share is reminded too but not escalated. Runs on one node at a time.
 */
@Component
class ReviewReminderJob extends MunicipalityJob {

    private final Campaigns campaigns;
    private final int reminderDays;

    ReviewReminderJob(
            Campaigns campaigns,
            MunicipalityJob.Support support,
            @Value("${weerbaar.jobs.review-reminders-days:${weerbaar.processes.review-reminder-days:7}}")
                    int reminderDays) {
        super("access-review-reminders", support);
        this.campaigns = campaigns;
        this.reminderDays = reminderDays;
    }

    @Scheduled(
            cron = "${weerbaar.jobs.review-reminders-cron:${weerbaar.processes.review-reminder-cron:0 45 7 * * *}}",
            zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "access-review-reminders",
            lockAtLeastFor = "${weerbaar.jobs.review-reminders-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        runOn(today());
    }

    /** One run as if today were {@code today}. */
    void runOn(LocalDate today) {
        inEachMunicipality(() -> campaigns.openCampaigns().forEach(c -> remindAndEscalate(c, today)));
    }

    private void remindAndEscalate(Campaigns.Campaign c, LocalDate today) {
        boolean remind =
                !today.isAfter(c.dueDate()) && !today.isBefore(c.dueDate().minusDays(reminderDays));
        boolean escalate = today.isAfter(c.dueDate());
        if (!remind && !escalate) {
            return;
        }
        Campaigns.OpenWork work = campaigns.openWork(c.id());
        List<Organisation.Person> coordinators = organisation().withRole(Role.COORDINATOR, null);
        for (UUID department : work.departments()) {
            for (Organisation.Person manager : organisation().withRole(Role.MANAGER, department)) {
                if (remind && campaigns.noteSent(c.id(), manager.id(), "REMINDER")) {
                    mail(manager, "processes.mail.review-reminder", "/processes/reviews/mine/" + c.id());
                    record(ReviewService.CAMPAIGN, c.id(), "review reminder sent to a manager");
                }
                if (escalate && campaigns.noteSent(c.id(), manager.id(), "ESCALATION")) {
                    mailRole(Role.COORDINATOR, "processes.mail.review-escalation", "/processes/reviews/" + c.id());
                    record(ReviewService.CAMPAIGN, c.id(), "overdue manager escalated");
                }
            }
        }
        if (work.coordinator() && remind) {
            for (Organisation.Person co : coordinators) {
                if (campaigns.noteSent(c.id(), co.id(), "REMINDER")) {
                    mail(co, "processes.mail.review-reminder", "/processes/reviews/mine/" + c.id());
                    record(ReviewService.CAMPAIGN, c.id(), "review reminder sent to a coordinator");
                }
            }
        }
    }
}
