package nl.weerbaar.insights.facts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.insights.dashboard.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the read model. Every write is idempotent: a fact row is inserted once, a follow-up step keeps the
 * first completion received, and the fact row's step columns are refreshed from what has arrived so far.
 */
@Repository("insightsFactStore")
class FactStore {

  static final Set<String> STEPS = Set.of("AFTERCARE", "PERPETRATOR_RESPONSE", "POLICE_REPORT", "EVIDENCE",
      "DAMAGE_RECOVERY", "FEEDBACK", "LESSONS", "CLOSED");

  private static final Logger LOG = LoggerFactory.getLogger(FactStore.class);

  private final JdbcClient jdbc;

  FactStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a registered incident once; a second delivery changes nothing. */
  void register(IncidentRegistered e) {
    serialise(e.incidentId());
    LocalDate on = LocalDate.ofInstant(e.occurredAt(), Period.ZONE);
    int inserted = jdbc.sql("""
        INSERT INTO insights_incident (tenant_id, incident_id, occurred_at, occurred_on, registered_at, department_id,
          position_id, work_process, location_type, perpetrator_relation, perpetrator_key, severity, confidential)
        VALUES (:tenant, :id, :occurredAt, :on, :registeredAt, :department, :position, :process, :location,
          :relation, :key, :severity, :confidential)
        ON CONFLICT (tenant_id, incident_id) DO NOTHING""")
        .param("tenant", e.tenantId()).param("id", e.incidentId())
        .param("occurredAt", Timestamp.from(e.occurredAt())).param("on", on)
        .param("registeredAt", Timestamp.from(e.registeredAt() == null ? e.occurredAt() : e.registeredAt()))
        .param("department", e.departmentId()).param("position", e.positionId())
        .param("process", e.workProcess()).param("location", e.locationType())
        .param("relation", e.perpetratorRelation()).param("key", e.perpetratorKey())
        .param("severity", e.severity()).param("confidential", e.confidential()).update();
    if (inserted == 0) {
      return;
    }
    Set<String> kinds = e.kinds() == null || e.kinds().isEmpty() ? Set.of("OTHER") : e.kinds();
    LocalDate month = on.withDayOfMonth(1);
    for (String kind : kinds) {
      jdbc.sql("""
          INSERT INTO insights_incident_kind (tenant_id, incident_id, kind, occurred_on, department_id)
          VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
          .params(e.tenantId(), e.incidentId(), kind, on, e.departmentId()).update();
      count(e, month, "KIND", kind);
    }
    count(e, month, "TOTAL", null);
    count(e, month, "POSITION", e.positionId() == null ? null : e.positionId().toString());
    count(e, month, "WORK_PROCESS", e.workProcess());
    count(e, month, "LOCATION_TYPE", e.locationType());
    count(e, month, "PERPETRATOR_RELATION", e.perpetratorRelation());
    refresh(e.tenantId(), e.incidentId());
  }

  /** Adds the incident to its month's count; runs only when the fact row was new, so redelivery adds nothing. */
  private void count(IncidentRegistered e, LocalDate month, String dimension, String key) {
    jdbc.sql("""
        INSERT INTO insights_month_count (tenant_id, month, department_id, dimension, key, n) VALUES (?, ?, ?, ?, ?, 1)
        ON CONFLICT ON CONSTRAINT insights_month_count_uq DO UPDATE SET n = insights_month_count.n + 1""")
        .params(e.tenantId(), month, e.departmentId(), dimension, key).update();
  }

  /** Records a completed step (or {@code CLOSED}); unknown steps are logged and ignored. */
  void followUp(UUID tenant, UUID incident, String step, Instant completedAt, Instant dueAt) {
    if (step == null || !STEPS.contains(step) || completedAt == null) {
      LOG.warn("Ignored follow-up event with step {} for incident {}", step, incident);
      return;
    }
    serialise(incident);
    jdbc.sql("""
        INSERT INTO insights_followup (tenant_id, incident_id, step, completed_at, due_at)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
        .params(tenant, incident, step, Timestamp.from(completedAt), dueAt == null ? null : Timestamp.from(dueAt))
        .update();
    refresh(tenant, incident);
  }

  /**
   * Events of one incident are handled one after the other: the listeners run concurrently, and a refresh reads
   * the steps as of its own statement, so two steps arriving together would otherwise each write the fact row
   * without the other's column. The lock is held until the transaction ends; every statement after it (read
   * committed) sees what the previous holder committed.
   */
  private void serialise(UUID incident) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 20))").param(incident.toString()).query().listOfRows();
  }

  private void refresh(UUID tenant, UUID incident) {
    jdbc.sql("""
        UPDATE insights_incident i SET
          aftercare_at = f.aftercare, perpetrator_response_at = f.response, police_report_at = f.police,
          evidence_at = f.evidence, damage_recovery_at = f.damage, feedback_at = f.feedback,
          lessons_at = f.lessons, closed_at = f.closed
          FROM (SELECT max(completed_at) FILTER (WHERE step = 'AFTERCARE') AS aftercare,
                       max(completed_at) FILTER (WHERE step = 'PERPETRATOR_RESPONSE') AS response,
                       max(completed_at) FILTER (WHERE step = 'POLICE_REPORT') AS police,
                       max(completed_at) FILTER (WHERE step = 'EVIDENCE') AS evidence,
                       max(completed_at) FILTER (WHERE step = 'DAMAGE_RECOVERY') AS damage,
                       max(completed_at) FILTER (WHERE step = 'FEEDBACK') AS feedback,
                       max(completed_at) FILTER (WHERE step = 'LESSONS') AS lessons,
                       max(completed_at) FILTER (WHERE step = 'CLOSED') AS closed
                  FROM insights_followup WHERE tenant_id = :tenant AND incident_id = :id) f
         WHERE i.tenant_id = :tenant AND i.incident_id = :id""")
        .param("tenant", tenant).param("id", incident).update();
  }
}
