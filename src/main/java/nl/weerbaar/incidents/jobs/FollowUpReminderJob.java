package nl.weerbaar.incidents.jobs;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds owners of follow-up steps whose deadline has come (evidence a day early, before camera footage is
 * deleted) and escalates to the coordinator(s) a step that is a day overdue. Each step is reminded and
 * escalated once; mails carry a link only. Runs on one node at a time.
 */
@Component
public class FollowUpReminderJob {

    static final Duration EVIDENCE_LEAD = Duration.ofHours(24);
    static final Duration ESCALATE_AFTER = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final Notifier notifier;
    private final Organisation organisation;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    FollowUpReminderJob(
            JdbcClient jdbc,
            Municipalities municipalities,
            Notifier notifier,
            Organisation organisation,
            TransactionTemplate tx,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.notifier = notifier;
        this.organisation = organisation;
        this.tx = tx;
        this.audit = audit;
    }

    @Scheduled(cron = "${weerbaar.jobs.incident-reminders-cron:0 */15 * * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "incident-reminders", lockAtMostFor = "PT10M")
    public void run() {
        municipalities.forEachMunicipality(
                "incident-reminders", () -> tx.executeWithoutResult(s -> remindAndEscalate()));
    }

    private record Due(UUID stepId, UUID incidentId, UUID ownerId, List<UUID> excluded) {}

    /** For the current municipality; returns nothing, records each mail's step so it is sent once. */
    void remindAndEscalate() {
        UUID tenant = TenantContext.require();
        List<Due> reminders = jdbc.sql("""
        SELECT s.id, s.incident_id, s.owner_id, i.excluded_users FROM incident_step s
          JOIN incident i ON i.id = s.incident_id
         WHERE s.tenant_id = ? AND s.status IN ('OPEN', 'IN_PROGRESS') AND s.reminded_at IS NULL
           AND i.status = 'OPEN'
           AND s.due_at - CASE WHEN s.step = 'EVIDENCE' THEN make_interval(hours => ?) ELSE interval '0' END < now()
         FOR UPDATE OF s SKIP LOCKED""")
                .params(tenant, (int) EVIDENCE_LEAD.toHours())
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        uuids(rs.getArray(4))))
                .list();
        for (Due d : reminders) {
            if (d.ownerId() != null) {
                organisation
                        .person(d.ownerId())
                        .ifPresent(p -> notifier.sendLink(
                                p.email(), "incidents.mail.overdue", "/incidents/" + d.incidentId() + "#step"));
            }
            jdbc.sql("UPDATE incident_step SET reminded_at = now() WHERE tenant_id = ? AND id = ?")
                    .params(tenant, d.stepId())
                    .update();
            audit.record(AuditLog.Action.UPDATE, "incident-step", d.stepId(), "reminder");
        }
        List<Due> escalations = jdbc.sql("""
        SELECT s.id, s.incident_id, s.owner_id, i.excluded_users FROM incident_step s
          JOIN incident i ON i.id = s.incident_id
         WHERE s.tenant_id = ? AND s.status IN ('OPEN', 'IN_PROGRESS') AND s.escalated_at IS NULL
           AND i.status = 'OPEN' AND NOT i.confidential AND s.due_at + make_interval(hours => ?) < now()
         FOR UPDATE OF s SKIP LOCKED""")
                .params(tenant, (int) ESCALATE_AFTER.toHours())
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        uuids(rs.getArray(4))))
                .list();
        List<Organisation.Person> coordinators = organisation.withRole(Role.COORDINATOR, null);
        for (Due d : escalations) {
            for (Organisation.Person c : coordinators) {
                if (!d.excluded().contains(c.id())) {
                    notifier.sendLink(c.email(), "incidents.mail.escalation", "/incidents/" + d.incidentId());
                }
            }
            jdbc.sql("UPDATE incident_step SET escalated_at = now() WHERE tenant_id = ? AND id = ?")
                    .params(tenant, d.stepId())
                    .update();
            audit.record(AuditLog.Action.UPDATE, "incident-step", d.stepId(), "escalation");
        }
    }

    private static List<UUID> uuids(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        return java.util.Arrays.stream((Object[]) array.getArray())
                .map(o -> (UUID) o)
                .toList();
    }
}
