package nl.weerbaar.meldpunt.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, per municipality: writes the reports, messages and attachments of yesterday and today anew in random
 * order ({@link Rewrite}, ADR 0601), so that from the next morning nothing in the database places an anonymous
 * reporter's writing in time finer than its day. Records only totals, never which report.
 */
@Component
class MeldpuntRewriteJob extends MunicipalityJob {

    private static final Logger LOG = LoggerFactory.getLogger(MeldpuntRewriteJob.class);

    private final Rewrite rewrite;

    MeldpuntRewriteJob(Rewrite rewrite, MunicipalityJob.Support support) {
        super("meldpunt-rewrite", support);
        this.rewrite = rewrite;
    }

    @Scheduled(cron = "${weerbaar.jobs.meldpunt-rewrite-cron:0 50 2 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "meldpunt-rewrite",
            lockAtLeastFor = "${weerbaar.jobs.meldpunt-rewrite-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        var since = today().minusDays(1);
        int[] rows = {0};
        inEachMunicipality(() -> {
            Rewrite.Done done = rewrite.since(since);
            rows[0] += done.reports() + done.messages() + done.attachments();
        });
        LOG.info("meldpunt rows written anew: {}", rows[0]);
    }
}
