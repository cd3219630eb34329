package nl.weerbaar.meldpunt.internal;

import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import nl.weerbaar.platform.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, per municipality: reminds a report's recipients before each legal deadline (acknowledge within 7 days,
 * inform within 3 months after the acknowledgment) and escalates when one has passed: to the recipients and to the
 * secretaries the reporter did not keep out. Each notice goes out once per report; the mails carry only a link.
 */
@Component
class DeadlinesJob extends MunicipalityJob {

    private final Reports reports;
    private final Recipients recipients;
    private final int acknowledgeDaysBefore;
    private final int informDaysBefore;

    DeadlinesJob(
            Reports reports,
            Recipients recipients,
            MunicipalityJob.Support support,
            @Value("${weerbaar.jobs.meldpunt-deadlines-acknowledge-days:2}") int acknowledgeDaysBefore,
            @Value("${weerbaar.jobs.meldpunt-deadlines-inform-days:14}") int informDaysBefore) {
        super("meldpunt-deadlines", support);
        this.reports = reports;
        this.recipients = recipients;
        this.acknowledgeDaysBefore = acknowledgeDaysBefore;
        this.informDaysBefore = informDaysBefore;
    }

    @Scheduled(cron = "${weerbaar.jobs.meldpunt-deadlines-cron:0 15 7 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "meldpunt-deadlines",
            lockAtLeastFor = "${weerbaar.jobs.meldpunt-deadlines-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = today();
        inEachMunicipality(() -> remindAndEscalate(today));
    }

    private void remindAndEscalate(LocalDate today) {
        Recipients.Known known = recipients.known();
        for (Reports.Open r : reports.open()) {
            Deadlines d = Deadlines.of(r.receivedOn(), r.acknowledgedOn());
            List<Organisation.Person> to = known.of(r.notTo());
            String path = "/meldpunt/" + r.id();
            if (r.acknowledgedOn() == null) {
                if (today.isAfter(d.acknowledgeBy()) && !r.acknowledgeEscalated()) {
                    escalate(known, r, to, "meldpunt.mail.acknowledgeOverdue", path);
                    reports.mark(r.id(), Reports.Notice.ACKNOWLEDGE_ESCALATED);
                    record(Inbox.AUDIT_TYPE, r.id(), "acknowledgment overdue: escalated");
                } else if (!today.isBefore(d.acknowledgeBy().minusDays(acknowledgeDaysBefore))
                        && !today.isAfter(d.acknowledgeBy())
                        && !r.acknowledgeReminded()) {
                    to.stream()
                            .filter(p -> p.email() != null)
                            .forEach(p -> mail(p, "meldpunt.mail.acknowledgeSoon", path));
                    reports.mark(r.id(), Reports.Notice.ACKNOWLEDGE_REMINDED);
                    record(Inbox.AUDIT_TYPE, r.id(), "acknowledgment reminder sent");
                }
            } else {
                if (today.isAfter(d.informBy()) && !r.informEscalated()) {
                    escalate(known, r, to, "meldpunt.mail.informOverdue", path);
                    reports.mark(r.id(), Reports.Notice.INFORM_ESCALATED);
                    record(Inbox.AUDIT_TYPE, r.id(), "information overdue: escalated");
                } else if (!today.isBefore(d.informBy().minusDays(informDaysBefore))
                        && !today.isAfter(d.informBy())
                        && !r.informReminded()) {
                    to.stream().filter(p -> p.email() != null).forEach(p -> mail(p, "meldpunt.mail.informSoon", path));
                    reports.mark(r.id(), Reports.Notice.INFORM_REMINDED);
                    record(Inbox.AUDIT_TYPE, r.id(), "information reminder sent");
                }
            }
        }
    }

    /** To the recipients and to every secretary not kept out (who may open the report only if a recipient). */
    private void escalate(
            Recipients.Known known, Reports.Open r, List<Organisation.Person> to, String key, String path) {
        to.stream().filter(p -> p.email() != null).forEach(p -> mail(p, key, path));
        known.fallback().stream()
                .filter(p -> p.email() != null && !r.notTo().contains(p.id()))
                .filter(p -> to.stream().noneMatch(t -> t.id().equals(p.id())))
                .forEach(p -> mail(p, key + ".secretary", "/meldpunt"));
    }
}
