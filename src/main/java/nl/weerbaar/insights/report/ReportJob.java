package nl.weerbaar.insights.report;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.settings.InsightsSettings;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At the start of each quarter, mails every municipality's secretaries (and the extra recipients in the
 * settings) a link to the report of the quarter just ended; the report itself is made when the link is opened,
 * behind login. Runs on one node only.
 */
@Component("insightsReportJob")
public class ReportJob {

    static final String NAME = "insights-quarterly-report";
    private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

    private final Municipalities municipalities;
    private final Organisation organisation;
    private final InsightsSettings settings;
    private final Notifier notifier;
    private final Clock clock;

    ReportJob(
            Municipalities municipalities,
            Organisation organisation,
            InsightsSettings settings,
            Notifier notifier,
            Clock clock) {
        this.clock = clock;
        this.municipalities = municipalities;
        this.organisation = organisation;
        this.settings = settings;
        this.notifier = notifier;
    }

    @Scheduled(
            cron = "${weerbaar.jobs.insights-report-cron:${weerbaar.insights.report-cron:0 0 7 1 1,4,7,10 *}}",
            zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = NAME, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void run() {
        Period quarter = Quarter.lastComplete(DutchTime.today(clock));
        municipalities.forEachMunicipality(NAME, () -> mail(quarter));
    }

    /** Mails the link to the report of {@code quarter} for the current municipality; returns the number of mails. */
    public int mail(Period quarter) {
        Set<String> to = new LinkedHashSet<>();
        organisation.withRole(Role.SECRETARY, null).stream()
                .map(Organisation.Person::email)
                .filter(e -> e != null && !e.isBlank())
                .forEach(to::add);
        String extra = settings.current().reportRecipients();
        if (extra != null) {
            for (String address : extra.split("[,;\\s]+")) {
                if (!address.isBlank()) {
                    to.add(address);
                }
            }
        }
        String link = "/insights/report.pdf?quarter=" + Quarter.code(quarter);
        to.forEach(address -> notifier.sendLink(address, "insights.report.mail", link));
        LOG.info("Quarterly report {} announced to {} recipients", Quarter.code(quarter), to.size());
        return to.size();
    }
}
