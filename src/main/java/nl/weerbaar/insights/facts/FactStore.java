package nl.weerbaar.insights.facts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.DutchTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the read model. Every write is idempotent: a fact row is inserted once, a follow-up step keeps the
 * first completion received, and the fact row's step columns are refreshed from what has arrived so far.
 *
 * <p>The kept counts are written to one of {@link #SLOTS} slots per transaction, chosen at random, so that concurrent
 * registrations of the same month and department seldom wait for each other's row locks; a count is the sum over
 * its slots (migration {@code V2026.12.04.03}), and {@link SlotFoldJob} folds them together again.
 */
@Repository("insightsFactStore")
class FactStore {

    static final Set<String> STEPS = Set.of(
            "AFTERCARE",
            "PERPETRATOR_RESPONSE",
            "POLICE_REPORT",
            "EVIDENCE",
            "DAMAGE_RECOVERY",
            "FEEDBACK",
            "LESSONS",
            "CLOSED");

    private static final Logger LOG = LoggerFactory.getLogger(FactStore.class);

    /** Slots per kept count (the CHECK on the slot columns allows 0 to 7). */
    static final int SLOTS = 8;

    private final JdbcClient jdbc;

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a registered incident once; a second delivery changes nothing. A confidential incident is kept without
     * its department, position, work process, location and relation: it counts in the totals and per kind, but no
     * department's or position's figures can reveal a report that only a confidential adviser may see.
     */
    void register(IncidentRegistered registered) {
        IncidentRegistered e = registered.confidential() ? withoutDimensions(registered) : registered;
        serialise(e.incidentId());
        LocalDate on = LocalDate.ofInstant(e.occurredAt(), DutchTime.ZONE);
        int inserted = jdbc.sql("""
        INSERT INTO insights_incident (tenant_id, incident_id, occurred_at, occurred_on, registered_at, department_id,
          position_id, work_process, location_type, perpetrator_relation, perpetrator_key, severity, confidential)
        VALUES (:tenant, :id, :occurredAt, :on, :registeredAt, :department, :position, :process, :location,
          :relation, :key, :severity, :confidential)
        ON CONFLICT (tenant_id, incident_id) DO NOTHING""")
                .param("tenant", e.tenantId())
                .param("id", e.incidentId())
                .param("occurredAt", Timestamp.from(e.occurredAt()))
                .param("on", on)
                .param("registeredAt", Timestamp.from(e.registeredAt() == null ? e.occurredAt() : e.registeredAt()))
                .param("department", e.departmentId())
                .param("position", e.positionId())
                .param("process", e.workProcess())
                .param("location", e.locationType())
                .param("relation", e.perpetratorRelation())
                .param("key", e.perpetratorKey())
                .param("severity", e.severity())
                .param("confidential", e.confidential())
                .update();
        if (inserted == 0) {
            return;
        }
        String[] kinds = (e.kinds() == null || e.kinds().isEmpty() ? Set.of("OTHER") : e.kinds())
                .stream().sorted().toArray(String[]::new);
        LocalDate month = on.withDayOfMonth(1);
        String position = e.positionId() == null ? null : e.positionId().toString();
        // Registration is on the reporting path: kinds, monthly counts and kind counts in one statement each. They run
        // only when the fact row was new, so redelivery adds nothing.
        jdbc.sql("""
        INSERT INTO insights_incident_kind (tenant_id, incident_id, kind, occurred_on, department_id, perpetrator_key)
        SELECT ?, ?, k, ?, ?, ? FROM unnest(?::text[]) AS k ON CONFLICT DO NOTHING""")
                .params(e.tenantId(), e.incidentId(), on, e.departmentId(), e.perpetratorKey(), kinds)
                .update();
        // Steps that arrived before the registration (reordered events) are taken over first. The kept counts come
        // last:
        // their rows are shared by every incident of a month and department, so their row locks are held only from here
        // to the commit, not while the rest of the registration runs.
        int slot = slot();
        refresh(e.tenantId(), e.incidentId(), slot);
        String[] dimensions = new String[5 + kinds.length];
        String[] keys = new String[5 + kinds.length];
        String[][] fixed = {
            {"TOTAL", null},
            {"POSITION", position},
            {"WORK_PROCESS", e.workProcess()},
            {"LOCATION_TYPE", e.locationType()},
            {"PERPETRATOR_RELATION", e.perpetratorRelation()}
        };
        for (int i = 0; i < fixed.length; i++) {
            dimensions[i] = fixed[i][0];
            keys[i] = fixed[i][1];
        }
        for (int i = 0; i < kinds.length; i++) {
            dimensions[5 + i] = "KIND";
            keys[5 + i] = kinds[i];
        }
        jdbc.sql("""
        INSERT INTO insights_month_count (tenant_id, month, department_id, dimension, key, slot, n)
        SELECT ?, ?, ?, u.dimension, u.key, ?, 1 FROM unnest(?::text[], ?::text[]) AS u (dimension, key)
        ON CONFLICT ON CONSTRAINT insights_month_count_uq DO UPDATE SET n = insights_month_count.n + 1""")
                .params(e.tenantId(), month, e.departmentId(), slot, dimensions, keys)
                .update();
        jdbc.sql("""
        INSERT INTO insights_kind_month_count (tenant_id, kind, month, department_id, dimension, key, slot, n)
        SELECT :tenant, k, :month, CAST(:department AS uuid), d.dimension, d.key, :slot, 1
          FROM unnest(CAST(:kinds AS text[])) AS k,
               (VALUES ('POSITION', CAST(:position AS text)), ('WORK_PROCESS', CAST(:process AS text)),
                       ('LOCATION_TYPE', CAST(:location AS text)),
                       ('PERPETRATOR_RELATION', CAST(:relation AS text))) AS d (dimension, key)
        ON CONFLICT ON CONSTRAINT insights_kind_month_count_uq DO UPDATE SET n = insights_kind_month_count.n + 1""")
                .param("tenant", e.tenantId())
                .param("kinds", kinds)
                .param("month", month)
                .param("slot", slot)
                .param("department", e.departmentId())
                .param("position", position)
                .param("process", e.workProcess())
                .param("location", e.locationType())
                .param("relation", e.perpetratorRelation())
                .update();
        // a new incident: counted once for all incidents and once per kind, not closed and lacking every step
        jdbc.sql("""
        INSERT INTO insights_month_followup AS c (tenant_id, kind, month, department_id, slot, incidents,
            open_aftercare, open_perpetrator_response, open_police_report, open_evidence, open_damage_recovery,
            open_feedback, open_lessons)
        SELECT CAST(:tenant AS uuid), k.kind, CAST(:month AS date), CAST(:department AS uuid), :slot,
               1, 1, 1, 1, 1, 1, 1, 1
          FROM (SELECT NULL::text AS kind UNION ALL
                SELECT kind FROM insights_incident_kind WHERE tenant_id = :tenant AND incident_id = :id) k
        ON CONFLICT ON CONSTRAINT insights_month_followup_uq DO UPDATE SET incidents = c.incidents + 1,
          open_aftercare = c.open_aftercare + 1, open_perpetrator_response = c.open_perpetrator_response + 1,
          open_police_report = c.open_police_report + 1, open_evidence = c.open_evidence + 1,
          open_damage_recovery = c.open_damage_recovery + 1, open_feedback = c.open_feedback + 1,
          open_lessons = c.open_lessons + 1""")
                .param("tenant", e.tenantId())
                .param("id", e.incidentId())
                .param("month", month)
                .param("department", e.departmentId())
                .param("slot", slot)
                .update();
    }

    static IncidentRegistered withoutDimensions(IncidentRegistered e) {
        return new IncidentRegistered(
                e.tenantId(),
                e.incidentId(),
                e.occurredAt(),
                e.registeredAt(),
                e.kinds(),
                null,
                null,
                null,
                null,
                null,
                e.perpetratorKey(),
                e.severity(),
                true);
    }

    /** The slot of this transaction's kept counts. */
    private static int slot() {
        return ThreadLocalRandom.current().nextInt(SLOTS);
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
                .params(
                        tenant,
                        incident,
                        step,
                        Timestamp.from(completedAt),
                        dueAt == null ? null : Timestamp.from(dueAt))
                .update();
        refresh(tenant, incident, slot());
    }

    /**
     * Events of one incident are handled one after the other: the listeners run concurrently, and a refresh reads
     * the steps as of its own statement, so two steps arriving together would otherwise each write the fact row
     * without the other's column. The lock is held until the transaction ends; every statement after it (read
     * committed) sees what the previous holder committed.
     */
    private void serialise(UUID incident) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 20))")
                .param(incident.toString())
                .query()
                .listOfRows();
    }

    /**
     * Sets the fact row's step columns from the steps received so far, and changes the incident's follow-up counts
     * ({@code insights_month_followup}, for all incidents and for each of its kinds) by what that changed. Runs under
     * the incident's lock: the row read before the update is the one the previous event left. Before the
     * registration has arrived there is no fact row and nothing is counted; the registration counts it. The changes
     * go to {@code slot}, the transaction's one slot.
     */
    private void refresh(UUID tenant, UUID incident, int slot) {
        jdbc.sql("""
        WITH before AS (
          SELECT """ + " " + FLAGS.replace("%s", "") + """
            FROM insights_incident WHERE tenant_id = :tenant AND incident_id = :id
        ), after AS (
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
           WHERE i.tenant_id = :tenant AND i.incident_id = :id
          RETURNING date_trunc('month', i.occurred_on)::date AS month, i.department_id,
            """ + FLAGS.replace("%s", "i.") + """
        ), d AS (
          SELECT a.month, a.department_id, a.a24::int - b.a24::int AS a24, a.r48::int - b.r48::int AS r48,
                 a.fb::int - b.fb::int AS fb, a.o1::int - b.o1::int AS o1, a.o2::int - b.o2::int AS o2,
                 a.o3::int - b.o3::int AS o3, a.o4::int - b.o4::int AS o4, a.o5::int - b.o5::int AS o5,
                 a.o6::int - b.o6::int AS o6, a.o7::int - b.o7::int AS o7
            FROM after a, before b
        )
        INSERT INTO insights_month_followup AS c (tenant_id, kind, month, department_id, slot, aftercare_24h,
            response_48h, feedback, open_aftercare, open_perpetrator_response, open_police_report, open_evidence,
            open_damage_recovery, open_feedback, open_lessons)
        SELECT CAST(:tenant AS uuid), k.kind, d.month, d.department_id, :slot, d.a24, d.r48, d.fb, d.o1, d.o2, d.o3,
               d.o4, d.o5, d.o6, d.o7
          FROM d CROSS JOIN (SELECT NULL::text AS kind UNION ALL
                             SELECT kind FROM insights_incident_kind WHERE tenant_id = :tenant AND incident_id = :id) k
         WHERE (d.a24, d.r48, d.fb, d.o1, d.o2, d.o3, d.o4, d.o5, d.o6, d.o7) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        ON CONFLICT ON CONSTRAINT insights_month_followup_uq DO UPDATE SET
          aftercare_24h = c.aftercare_24h + excluded.aftercare_24h, response_48h = c.response_48h + excluded.response_48h,
          feedback = c.feedback + excluded.feedback, open_aftercare = c.open_aftercare + excluded.open_aftercare,
          open_perpetrator_response = c.open_perpetrator_response + excluded.open_perpetrator_response,
          open_police_report = c.open_police_report + excluded.open_police_report,
          open_evidence = c.open_evidence + excluded.open_evidence,
          open_damage_recovery = c.open_damage_recovery + excluded.open_damage_recovery,
          open_feedback = c.open_feedback + excluded.open_feedback, open_lessons = c.open_lessons + excluded.open_lessons""")
                .param("tenant", tenant)
                .param("id", incident)
                .param("slot", slot)
                .update();
    }

    /** What a fact row counts for in {@code insights_month_followup}; {@code %s} is the table's alias with a dot. */
    private static final String FLAGS = """
      (%saftercare_at <= %sregistered_at + interval '24 hours') IS TRUE AS a24,
      (%sperpetrator_response_at <= %sregistered_at + interval '48 hours') IS TRUE AS r48,
      %sfeedback_at IS NOT NULL AS fb,
      %sclosed_at IS NULL AND %saftercare_at IS NULL AS o1,
      %sclosed_at IS NULL AND %sperpetrator_response_at IS NULL AS o2,
      %sclosed_at IS NULL AND %spolice_report_at IS NULL AS o3,
      %sclosed_at IS NULL AND %sevidence_at IS NULL AS o4,
      %sclosed_at IS NULL AND %sdamage_recovery_at IS NULL AS o5,
      %sclosed_at IS NULL AND %sfeedback_at IS NULL AS o6,
      %sclosed_at IS NULL AND %slessons_at IS NULL AS o7""";
}
