package nl.weerbaar.meldpunt.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, per municipality: deletes each report whose outcome was recorded longer ago than the months kept for
 * that outcome, with its messages and attachments, and leaves proof without content (ADR 0605). A report without an
 * outcome is never deleted here: its case is still open. Each deletion is also in the audit log.
 */
@Component
class MeldpuntRetentionJob extends MunicipalityJob {

    private final Retention retention;
    private final Map<String, Integer> months = new LinkedHashMap<>();

    MeldpuntRetentionJob(
            Retention retention,
            MunicipalityJob.Support support,
            @Value("${weerbaar.jobs.meldpunt-retention-no-further-action-months:12}") int noFurtherAction,
            @Value("${weerbaar.jobs.meldpunt-retention-internal-investigation-months:60}") int investigation,
            @Value("${weerbaar.jobs.meldpunt-retention-referral-months:60}") int referral,
            @Value("${weerbaar.jobs.meldpunt-retention-measures-months:60}") int measures) {
        super("meldpunt-retention", support);
        this.retention = retention;
        months.put("NO_FURTHER_ACTION", noFurtherAction);
        months.put("INTERNAL_INVESTIGATION", investigation);
        months.put("REFERRAL", referral);
        months.put("MEASURES", measures);
    }

    @Scheduled(cron = "${weerbaar.jobs.meldpunt-retention-cron:0 40 2 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "meldpunt-retention",
            lockAtLeastFor = "${weerbaar.jobs.meldpunt-retention-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        LocalDate today = today();
        inEachMunicipality(() -> deleteDue(today));
    }

    /** The rule for {@code outcome} as it is written in the proof, e.g. {@code NO_FURTHER_ACTION+12M}. */
    String rule(String outcome) {
        return outcome + "+" + months.get(outcome) + "M";
    }

    private void deleteDue(LocalDate today) {
        months.forEach((outcome, kept) -> {
            for (UUID id : retention.due(outcome, today.minusMonths(kept))) {
                retention.delete(id, rule(outcome), today);
                audit().record(AuditLog.Action.DELETE, Inbox.AUDIT_TYPE, id, "retention " + rule(outcome));
            }
        });
    }
}
