package nl.weerbaar.incidents.jobs;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anonymises closed cases once the municipality's retention has passed (default five years after closing):
 * free texts, names, the perpetrator reference and the reporter's additions are removed; the counted
 * dimensions (kinds, dates, department, severity) stay for analyses. Runs nightly on one node.
 */
@Component
public class RetentionJob extends MunicipalityJob {

    static final String ANONYMISED = "[geanonimiseerd]";

    private final JdbcClient jdbc;

    RetentionJob(JdbcClient jdbc, MunicipalityJob.Support support) {
        super("incident-retention", support);
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${weerbaar.jobs.incident-retention-cron:0 40 2 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "incident-retention", lockAtMostFor = "PT30M")
    public void run() {
        inEachMunicipality(this::anonymiseDue);
    }

    /** For the current municipality: returns how many cases were anonymised. */
    public int anonymiseDue() {
        var tenant = TenantContext.require();
        var ids = jdbc.sql("""
        SELECT i.id FROM incident i LEFT JOIN incident_settings s ON s.tenant_id = i.tenant_id
         WHERE i.tenant_id = ? AND i.status = 'CLOSED' AND i.anonymised_at IS NULL
           AND i.closed_at < now() - make_interval(years => COALESCE(s.retention_years, 5))
         FOR UPDATE OF i SKIP LOCKED""").param(tenant).query(java.util.UUID.class).list();
        for (var id : ids) {
            jdbc.sql("""
          UPDATE incident SET description = ?, reporter_id = NULL, registered_by = NULL, idempotency_key = NULL,
                 request_hash = NULL, on_behalf_name = NULL, kind_other = NULL,
                 location_detail = NULL, address_bag_id = NULL, work_process = NULL, perpetrator_reference = NULL,
                 perpetrator_key = NULL,
                 perpetrator_description = NULL, witnesses = NULL, consequences_work = NULL,
                 excluded_users = '{}', anonymised_at = now()
           WHERE tenant_id = ? AND id = ?""").params(ANONYMISED, tenant, id).update();
            jdbc.sql("UPDATE incident_step SET notes = NULL, other_side = NULL WHERE tenant_id = ? AND incident_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("UPDATE incident_police_report SET police_unit = NULL, pv_number = NULL, guided_by = NULL,"
                            + " no_report_reason = NULL WHERE tenant_id = ? AND incident_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("DELETE FROM incident_addition WHERE tenant_id = ? AND incident_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("DELETE FROM incident_link WHERE tenant_id = ? AND (incident_id = ? OR linked_id = ?)")
                    .params(tenant, id, id)
                    .update();
            record("incident", id, "retention:anonymise");
        }
        return ids.size();
    }
}
