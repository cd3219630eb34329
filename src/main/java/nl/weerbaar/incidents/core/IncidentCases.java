package nl.weerbaar.incidents.core;

import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@link IncidentCase} aggregate in the database: loads a case for a change (its incident row locked until the
 * transaction ends, so two changes of one case never overwrite each other), saves it and publishes the events it
 * collected through {@link ApplicationEventPublisher}, in the caller's transaction. Also what is added to a case
 * besides its steps: the reporter's additions and the links between cases.
 */
@Repository
public class IncidentCases {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    IncidentCases(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A new incident as the report's transaction inserts it. */
    public record Registration(
            UUID id,
            UUID tenantId,
            UUID reporterId,
            UUID registeredBy,
            String onBehalfName,
            Channel channel,
            String idempotencyKey,
            String requestHash,
            java.util.Set<String> kinds,
            String kindOther,
            java.time.Instant occurredAt,
            java.time.Instant registeredAt,
            String locationType,
            String locationDetail,
            UUID departmentId,
            UUID positionId,
            String workProcess,
            Boolean perpetratorKnown,
            String perpetratorRelation,
            String perpetratorReference,
            String perpetratorKey,
            String perpetratorDescription,
            String description,
            String witnesses,
            java.util.Set<String> consequencesPerson,
            String consequencesWork,
            String severity,
            String severitySuggested,
            boolean confidential,
            String confidantScope,
            java.util.Set<UUID> excludedUsers) {}

    /** Sets the structured address (a BAG nummeraanduiding, ADR 1020) of an incident just registered. */
    public void setAddress(UUID id, String addressBagId) {
        jdbc.sql("UPDATE incident SET address_bag_id = :address WHERE tenant_id = :tenant AND id = :id")
                .param("address", addressBagId)
                .param("tenant", TenantContext.require())
                .param("id", id)
                .update();
    }

    /** A follow-up step as a new case opens it. */
    public record NewStep(UUID id, StepType step, UUID ownerId, java.time.Instant dueAt) {}

    /** The incident a user registered earlier with an idempotency key. */
    public record Earlier(UUID id, String requestHash, String caseNumber) {}

    /**
     * Inserts the incident; false when the user's idempotency key was taken already (nothing inserted: the caller
     * answers with the earlier incident, ADR 0100).
     */
    public boolean register(Registration r) {
        return jdbc.sql("""
        INSERT INTO incident (id, tenant_id, reporter_id, registered_by, on_behalf_name, channel, idempotency_key,
          request_hash, kinds, kind_other, occurred_at, registered_at, location_type, location_detail, department_id,
          position_id, work_process, perpetrator_known, perpetrator_relation, perpetrator_reference, perpetrator_key,
          perpetrator_description, description, witnesses, consequences_person, consequences_work, severity,
          severity_suggested, confidential, confidant_scope, excluded_users)
        VALUES (:id, :tenant, :reporter, :by, :onBehalf, :channel, :key, :hash, string_to_array(:kinds, ','), :kindOther, :occurred, :now,
          :location, :locationDetail, :department, :position, :process, :known, :relation, :ref, :pkey, :pdesc,
          :description, :witnesses, string_to_array(:consequences, ','), :work, :severity, :suggested, :confidential, :scope,
          string_to_array(:excluded, ',')::uuid[])
        ON CONFLICT (tenant_id, registered_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING""")
                        .param("id", r.id())
                        .param("tenant", r.tenantId())
                        .param("reporter", r.reporterId())
                        .param("by", r.registeredBy())
                        .param("onBehalf", r.onBehalfName())
                        .param("channel", r.channel().name())
                        .param("key", r.idempotencyKey())
                        .param("hash", r.requestHash())
                        .param("kinds", String.join(",", r.kinds()))
                        .param("kindOther", r.kindOther())
                        .param("occurred", Timestamp.from(r.occurredAt()))
                        .param("now", Timestamp.from(r.registeredAt()))
                        .param("location", r.locationType())
                        .param("locationDetail", r.locationDetail())
                        .param("department", r.departmentId())
                        .param("position", r.positionId())
                        .param("process", r.workProcess())
                        .param("known", r.perpetratorKnown())
                        .param("relation", r.perpetratorRelation())
                        .param("ref", r.perpetratorReference())
                        .param("pkey", r.perpetratorKey())
                        .param("pdesc", r.perpetratorDescription())
                        .param("description", r.description())
                        .param("witnesses", r.witnesses())
                        .param("consequences", String.join(",", r.consequencesPerson()))
                        .param("work", r.consequencesWork())
                        .param("severity", r.severity())
                        .param("suggested", r.severitySuggested())
                        .param("confidential", r.confidential())
                        .param("scope", r.confidantScope())
                        .param(
                                "excluded",
                                String.join(
                                        ",",
                                        r.excludedUsers().stream()
                                                .map(UUID::toString)
                                                .toList()))
                        .update()
                > 0;
    }

    /** The incident registered earlier by {@code userId} with the idempotency key. */
    public Optional<Earlier> earlier(UUID userId, String key) {
        return jdbc.sql(
                        "SELECT id, request_hash, case_number FROM incident WHERE tenant_id = ? AND registered_by = ? AND idempotency_key = ?")
                .params(TenantContext.require(), userId, key)
                .query((rs, n) -> new Earlier(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Opens the follow-up steps of a new case, in one statement (a report is on the hot path of the reporting API). */
    public void openSteps(UUID incident, List<NewStep> steps) {
        jdbc.sql("""
        INSERT INTO incident_step (id, tenant_id, incident_id, step, position, owner_id, due_at)
        SELECT s.id, ?, ?, s.step, s.position - 1, s.owner, s.due
          FROM unnest(?::text[]::uuid[], ?::text[], ?::text[]::uuid[], ?::text[]::timestamptz[]) WITH ORDINALITY AS s (id, step, owner, due, position)""")
                .params(
                        TenantContext.require(),
                        incident,
                        steps.stream().map(s -> s.id().toString()).toArray(String[]::new),
                        steps.stream().map(s -> s.step().name()).toArray(String[]::new),
                        steps.stream()
                                .map(s ->
                                        s.ownerId() == null ? null : s.ownerId().toString())
                                .toArray(String[]::new),
                        steps.stream().map(s -> s.dueAt().toString()).toArray(String[]::new))
                .update();
    }

    /** The case with its steps, locked for a change; empty when it is not in this municipality. */
    public Optional<IncidentCase> forChange(UUID id) {
        return load(id, true);
    }

    /** The case with its steps, to read (not locked). */
    public Optional<IncidentCase> find(UUID id) {
        return load(id, false);
    }

    private Optional<IncidentCase> load(UUID id, boolean lock) {
        UUID tenant = TenantContext.require();
        List<FollowUpStep> steps = jdbc.sql("""
        SELECT s.id, s.step, s.owner_id, s.due_at, s.status, s.outcome, s.notes, s.other_side, s.amount_cents,
               s.completed_at, s.completed_by, s.stepped_in, p.incident_id AS police, p.reported_on, p.police_unit,
               p.pv_number, p.guided_by, p.no_report_reason
          FROM incident_step s LEFT JOIN incident_police_report p
            ON s.step = 'POLICE_REPORT' AND p.tenant_id = s.tenant_id AND p.incident_id = s.incident_id
         WHERE s.tenant_id = ? AND s.incident_id = ? ORDER BY s.position""")
                .params(tenant, id)
                .query((rs, n) -> new FollowUpStep(
                        rs.getObject("id", UUID.class),
                        StepType.valueOf(rs.getString("step")),
                        rs.getObject("owner_id", UUID.class),
                        IncidentQueries.instant(rs, "due_at"),
                        StepStatus.valueOf(rs.getString("status")),
                        IncidentQueries.strings(rs.getArray("outcome")),
                        rs.getString("notes"),
                        rs.getString("other_side"),
                        (Long) rs.getObject("amount_cents"),
                        IncidentQueries.instant(rs, "completed_at"),
                        rs.getObject("completed_by", UUID.class),
                        rs.getBoolean("stepped_in"),
                        rs.getObject("police") == null ? null : police(rs)))
                .list();
        return jdbc.sql("""
        SELECT id, tenant_id, confidential, excluded_users, status, closed_at
          FROM incident WHERE tenant_id = ? AND id = ?""" + (lock ? " FOR UPDATE" : ""))
                .params(tenant, id)
                .query((rs, n) -> new IncidentCase(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getBoolean("confidential"),
                        new LinkedHashSet<>(IncidentQueries.uuids(rs.getArray("excluded_users"))),
                        CaseStatus.valueOf(rs.getString("status")),
                        IncidentQueries.instant(rs, "closed_at"),
                        steps))
                .optional();
    }

    static IncidentCase.PoliceReport police(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Date on = rs.getDate("reported_on");
        return new IncidentCase.PoliceReport(
                on == null ? null : on.toLocalDate(),
                rs.getString("police_unit"),
                rs.getString("pv_number"),
                rs.getString("guided_by"),
                rs.getString("no_report_reason"));
    }

    /** Writes what changed and publishes the collected events, in the caller's transaction. */
    public void save(IncidentCase c) {
        UUID tenant = TenantContext.require();
        jdbc.sql("UPDATE incident SET status = ?, closed_at = ? WHERE tenant_id = ? AND id = ?")
                .params(c.status().name(), timestamp(c.closedAt()), tenant, c.id())
                .update();
        for (FollowUpStep s : c.steps()) {
            if (!s.changed()) {
                continue;
            }
            jdbc.sql("""
          UPDATE incident_step SET status = :status, outcome = CAST(:outcome AS text[]), notes = :notes,
                 other_side = :otherSide, amount_cents = :cents, completed_at = :completedAt,
                 completed_by = :completedBy, stepped_in = :steppedIn
           WHERE tenant_id = :tenant AND id = :id""")
                    .param("status", s.status().name())
                    .param("outcome", s.outcome().toArray(String[]::new))
                    .param("notes", s.notes())
                    .param("otherSide", s.otherSide())
                    .param("cents", s.amountCents())
                    .param("completedAt", timestamp(s.completedAt()))
                    .param("completedBy", s.completedBy())
                    .param("steppedIn", s.steppedIn())
                    .param("tenant", tenant)
                    .param("id", s.id())
                    .update();
            if (s.policeChanged()) {
                IncidentCase.PoliceReport p = s.police();
                jdbc.sql("""
            INSERT INTO incident_police_report (incident_id, tenant_id, reported_on, police_unit, pv_number, guided_by,
                                                no_report_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (incident_id) DO UPDATE SET reported_on = excluded.reported_on,
              police_unit = excluded.police_unit, pv_number = excluded.pv_number, guided_by = excluded.guided_by,
              no_report_reason = excluded.no_report_reason""")
                        .params(
                                c.id(),
                                tenant,
                                p.reportedOn() == null ? null : java.sql.Date.valueOf(p.reportedOn()),
                                p.policeUnit(),
                                p.pvNumber(),
                                p.guidedBy(),
                                p.noReportReason())
                        .update();
            }
        }
        c.pullEvents().forEach(events::publishEvent);
    }

    /** Whether the case is closed; empty when it is not in this municipality. */
    public Optional<Boolean> closed(UUID id) {
        return jdbc.sql("SELECT status = 'CLOSED' FROM incident WHERE tenant_id = ? AND id = ?")
                .params(TenantContext.require(), id)
                .query(Boolean.class)
                .optional();
    }

    /** Adds what the reporter wrote later. */
    public void addAddition(UUID additionId, UUID incident, UUID author, String text) {
        jdbc.sql("INSERT INTO incident_addition (id, tenant_id, incident_id, author_id, text) VALUES (?, ?, ?, ?, ?)")
                .params(additionId, TenantContext.require(), incident, author, text)
                .update();
    }

    /** Links two cases into one stack (nothing when they are linked already). */
    public void link(UUID incident, UUID other) {
        jdbc.sql(
                        "INSERT INTO incident_link (tenant_id, incident_id, linked_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(TenantContext.require(), incident, other)
                .update();
    }

    private static Timestamp timestamp(java.time.Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
