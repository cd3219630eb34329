package nl.weerbaar.incidents.jobs;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.incidents.core.CaseHistory;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds owners of follow-up steps whose deadline has come (evidence a day early, before camera footage is
 * deleted) and escalates to the coordinator(s) a step that is a day overdue. Each step is reminded and
 * escalated once; mails carry a link only. Runs on one node at a time.
 */
@Component
public class FollowUpReminderJob extends MunicipalityJob {

    static final Duration EVIDENCE_LEAD = Duration.ofHours(24);
    static final Duration ESCALATE_AFTER = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final CaseHistory history;
    private final java.time.Clock clock;

    FollowUpReminderJob(JdbcClient jdbc, CaseHistory history, java.time.Clock clock, MunicipalityJob.Support support) {
        super("incident-reminders", support);
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    @Scheduled(cron = "${weerbaar.jobs.incident-reminders-cron:0 */15 * * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "incident-reminders", lockAtMostFor = "PT10M")
    public void run() {
        inEachMunicipality(this::remindAndEscalate);
    }

    private record Due(UUID stepId, UUID incidentId, String caseNumber, UUID ownerId, List<UUID> excluded) {}

    /** For the current municipality; returns nothing, records each mail's step so it is sent once. */
    void remindAndEscalate() {
        UUID tenant = TenantContext.require();
        List<Due> reminders = due(
                tenant,
                "s.reminded_at IS NULL AND i.status = 'OPEN' AND s.due_at - CASE WHEN s.step = 'EVIDENCE'"
                        + " THEN make_interval(hours => ?) ELSE interval '0' END < now()",
                EVIDENCE_LEAD);
        for (Due d : reminders) {
            mailPerson(d.ownerId(), "incidents.mail.overdue", "/incidents/" + d.incidentId() + "#step", d.caseNumber());
            done(tenant, d.stepId(), "reminded_at", "reminder");
            history.record(d.incidentId(), clock.instant(), CaseHistory.Kind.MAILED, null, "reminder");
        }
        List<Due> escalations = due(
                tenant,
                "s.escalated_at IS NULL AND i.status = 'OPEN' AND NOT i.confidential"
                        + " AND s.due_at + make_interval(hours => ?) < now()",
                ESCALATE_AFTER);
        for (Due d : escalations) {
            mailRole(
                    Role.COORDINATOR,
                    null,
                    d.excluded(),
                    "incidents.mail.escalation",
                    "/incidents/" + d.incidentId(),
                    d.caseNumber());
            done(tenant, d.stepId(), "escalated_at", "escalation");
            history.record(d.incidentId(), clock.instant(), CaseHistory.Kind.MAILED, null, "escalation");
        }
    }

    /** Marks a step as reminded or escalated ({@code column}), so it is not mailed again, and audits it. */
    private void done(UUID tenant, UUID stepId, String column, String note) {
        jdbc.sql("UPDATE incident_step SET " + column + " = now() WHERE tenant_id = ? AND id = ?")
                .params(tenant, stepId)
                .update();
        record("incident-step", stepId, note);
    }

    /** The open steps of open cases that meet {@code condition} (with one parameter: {@code hours}), locked. */
    private List<Due> due(UUID tenant, String condition, Duration hours) {
        return jdbc.sql("""
        SELECT s.id, s.incident_id, coalesce(i.case_number, ''), s.owner_id, i.excluded_users FROM incident_step s
          JOIN incident i ON i.id = s.incident_id
         WHERE s.tenant_id = ? AND s.status IN ('OPEN', 'IN_PROGRESS') AND """ + " " + condition + """

         FOR UPDATE OF s SKIP LOCKED""")
                .params(tenant, (int) hours.toHours())
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        uuids(rs.getArray(5))))
                .list();
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
