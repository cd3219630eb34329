package nl.weerbaar.incidents.jobs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * For municipalities that chose a digest: once per working day, the municipal secretary gets one mail (a link to
 * the overview, no content) when cases that are not confidential were registered since the previous digest.
 * The moment of each digest is kept, so no case is announced twice and none is skipped.
 */
@Component
public class SecretaryDigestJob extends MunicipalityJob {

    private final JdbcClient jdbc;

    SecretaryDigestJob(JdbcClient jdbc, MunicipalityJob.Support support) {
        super("incident-secretary-digest", support);
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${weerbaar.jobs.incident-digest-cron:0 0 8 * * MON-FRI}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "incident-secretary-digest", lockAtMostFor = "PT10M")
    public void run() {
        inEachMunicipality(this::digest);
    }

    /** For the current municipality: sends the digest if it is due; returns the number of mails sent. */
    int digest() {
        var tenant = TenantContext.require();
        var since = jdbc.sql("""
        SELECT coalesce(digest_sent_at, '-infinity'::timestamptz) FROM incident_settings
         WHERE tenant_id = ? AND secretary_notification = 'DIGEST' FOR UPDATE""").param(tenant).query(java.sql.Timestamp.class).optional();
        if (since.isEmpty()) {
            return 0;
        }
        // now() is the transaction's start, the same in both statements: the next digest starts where this one ends
        boolean news =
                jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM incident WHERE tenant_id = ? AND NOT confidential
                          AND registered_at > ? AND registered_at <= now())""").params(tenant, since.get()).query(Boolean.class).single();
        jdbc.sql("UPDATE incident_settings SET digest_sent_at = now() WHERE tenant_id = ?")
                .param(tenant)
                .update();
        if (!news) {
            return 0;
        }
        int sent = mailRole(Role.SECRETARY, "incidents.mail.digest", "/incidents");
        audit().record(AuditLog.Action.CREATE, "incident-digest", tenant, "secretary digest");
        return sent;
    }
}
