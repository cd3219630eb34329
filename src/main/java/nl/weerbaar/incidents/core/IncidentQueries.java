package nl.weerbaar.incidents.core;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads incidents for the pages, applying the visibility rules of {@link Viewer} in the queries themselves and
 * writing every read of case data to the audit log. Ids the viewer may not see are reported as not found.
 */
@Service
public class IncidentQueries {

    /** How much of an incident a viewer may see. */
    public enum Access {
        HANDLER,
        OVERVIEW,
        REPORTER
    }

    public record Row(
            UUID id,
            String caseNumber,
            Instant registeredAt,
            Instant occurredAt,
            List<String> kinds,
            String departmentName,
            String severity,
            String status,
            boolean confidential,
            int overdueSteps,
            boolean handles) {}

    public record Detail(
            UUID id,
            String caseNumber,
            String channel,
            UUID reporterId,
            String reporterName,
            UUID registeredBy,
            String registeredByName,
            String onBehalfName,
            List<String> kinds,
            String kindOther,
            Instant occurredAt,
            Instant registeredAt,
            String locationType,
            String locationDetail,
            UUID departmentId,
            String departmentName,
            String positionName,
            String workProcess,
            Boolean perpetratorKnown,
            String perpetratorRelation,
            String perpetratorReference,
            String perpetratorKey,
            String perpetratorDescription,
            String description,
            String witnesses,
            List<String> consequencesPerson,
            String consequencesWork,
            String severity,
            String severitySuggested,
            boolean confidential,
            String confidantScope,
            List<UUID> excludedUsers,
            String status,
            Instant closedAt,
            boolean anonymised,
            String addressBagId) {}

    public record Step(
            UUID id,
            String step,
            UUID ownerId,
            String ownerName,
            Instant dueAt,
            String status,
            List<String> outcome,
            String notes,
            String otherSide,
            Long amountCents,
            Instant completedAt) {

        public boolean overdue(Instant now) {
            return dueAt != null && ("OPEN".equals(status) || "IN_PROGRESS".equals(status)) && dueAt.isBefore(now);
        }

        public boolean resolved() {
            return "DONE".equals(status) || "NOT_APPLICABLE".equals(status);
        }
    }

    public record Addition(String authorName, String text, Instant createdAt) {}

    public record Mine(
            UUID id,
            String caseNumber,
            Instant registeredAt,
            List<String> kinds,
            String status,
            String onBehalfName,
            boolean feedbackGiven) {}

    private static final String LIST_COLUMNS = """
      SELECT i.id, i.case_number, i.registered_at, i.occurred_at, i.kinds, d.name AS department_name, i.severity, i.status,
             i.confidential,
             (SELECT count(*) FROM incident_step s WHERE s.tenant_id = i.tenant_id AND s.incident_id = i.id
                AND s.status IN ('OPEN', 'IN_PROGRESS') AND s.due_at < now()) AS overdue,
             (%s) AS handles
        FROM incident i LEFT JOIN org_department d ON d.id = i.department_id
       WHERE i.tenant_id = :tenant AND i.anonymised_at IS NULL""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CaseNumbers numbers;
    private final CaseHistory history;

    IncidentQueries(JdbcClient jdbc, AuditLog audit, CaseNumbers numbers, CaseHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.audit = audit;
        this.numbers = numbers;
    }

    /**
     * The incident with this case number as people type it ({@code VBS-2026-0042}, {@code 2026-42}), when the viewer
     * may see it; empty otherwise, so that a number does not reveal a case the viewer may not see.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> byNumber(String number, Viewer v) {
        return numbers.find(number).filter(id -> access(id, v).isPresent());
    }

    /** What the viewer may do with the incident; empty when they may not see it at all. */
    @Transactional(readOnly = true)
    public Optional<Access> access(UUID id, Viewer v) {
        return v.bind(jdbc.sql("""
        SELECT (%s) AS handles, (i.reporter_id = CAST(:vMe AS uuid) OR i.registered_by = CAST(:vMe AS uuid)) AS own,
               i.confidential, (CAST(:vMe AS uuid) = ANY (i.excluded_users)) AS excluded
          FROM incident i WHERE i.tenant_id = :tenant AND i.id = :id""".formatted(Viewer.HANDLES)))
                .param("tenant", TenantContext.require())
                .param("id", id)
                .query((rs, n) -> {
                    if (rs.getBoolean("handles")) {
                        return Access.HANDLER;
                    }
                    if (rs.getBoolean("own")) {
                        return Access.REPORTER;
                    }
                    if (v.secretary() && !rs.getBoolean("confidential") && !rs.getBoolean("excluded")) {
                        return Access.OVERVIEW;
                    }
                    return null;
                })
                .optional();
    }

    /** The incident for a viewer with any access; audited. Throws {@link NotFoundException} otherwise. */
    @Transactional
    public Detail detail(UUID id, Viewer v, String purpose) {
        access(id, v).orElseThrow(() -> new NotFoundException("incident", id));
        Detail d = load(id).orElseThrow(() -> new NotFoundException("incident", id));
        audit.read("incident", id, purpose);
        return d;
    }

    /** Loads without checks: for jobs and services that have checked access already. */
    public Optional<Detail> load(UUID id) {
        return jdbc.sql("""
        SELECT i.*, d.name AS department_name, p.name AS position_name, r.display_name AS reporter_name,
               b.display_name AS registered_by_name
          FROM incident i LEFT JOIN org_department d ON d.id = i.department_id
          LEFT JOIN org_position p ON p.id = i.position_id
          LEFT JOIN org_person r ON r.id = i.reporter_id LEFT JOIN org_person b ON b.id = i.registered_by
         WHERE i.tenant_id = ? AND i.id = ?""")
                .params(TenantContext.require(), id)
                .query((rs, n) -> new Detail(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
                        rs.getString("channel"),
                        rs.getObject("reporter_id", UUID.class),
                        rs.getString("reporter_name"),
                        rs.getObject("registered_by", UUID.class),
                        rs.getString("registered_by_name"),
                        rs.getString("on_behalf_name"),
                        strings(rs.getArray("kinds")),
                        rs.getString("kind_other"),
                        instant(rs, "occurred_at"),
                        instant(rs, "registered_at"),
                        rs.getString("location_type"),
                        rs.getString("location_detail"),
                        rs.getObject("department_id", UUID.class),
                        rs.getString("department_name"),
                        rs.getString("position_name"),
                        rs.getString("work_process"),
                        (Boolean) rs.getObject("perpetrator_known"),
                        rs.getString("perpetrator_relation"),
                        rs.getString("perpetrator_reference"),
                        rs.getString("perpetrator_key"),
                        rs.getString("perpetrator_description"),
                        rs.getString("description"),
                        rs.getString("witnesses"),
                        strings(rs.getArray("consequences_person")),
                        rs.getString("consequences_work"),
                        rs.getString("severity"),
                        rs.getString("severity_suggested"),
                        rs.getBoolean("confidential"),
                        rs.getString("confidant_scope"),
                        uuids(rs.getArray("excluded_users")),
                        rs.getString("status"),
                        instant(rs, "closed_at"),
                        rs.getTimestamp("anonymised_at") != null,
                        rs.getString("address_bag_id")))
                .optional();
    }

    public List<Step> steps(UUID incident) {
        return jdbc.sql("""
        SELECT s.*, u.display_name AS owner_name FROM incident_step s LEFT JOIN org_person u ON u.id = s.owner_id
         WHERE s.tenant_id = ? AND s.incident_id = ? ORDER BY s.position""")
                .params(TenantContext.require(), incident)
                .query((rs, n) -> new Step(
                        rs.getObject("id", UUID.class),
                        rs.getString("step"),
                        rs.getObject("owner_id", UUID.class),
                        rs.getString("owner_name"),
                        instant(rs, "due_at"),
                        rs.getString("status"),
                        strings(rs.getArray("outcome")),
                        rs.getString("notes"),
                        rs.getString("other_side"),
                        (Long) rs.getObject("amount_cents"),
                        instant(rs, "completed_at")))
                .list();
    }

    /** What the case's police-report step recorded beyond its outcome; empty before anything was. */
    public Optional<IncidentCase.PoliceReport> policeReport(UUID incident) {
        return jdbc.sql("""
        SELECT reported_on, police_unit, pv_number, guided_by, no_report_reason FROM incident_police_report
         WHERE tenant_id = ? AND incident_id = ?""")
                .params(TenantContext.require(), incident)
                .query((rs, n) -> IncidentCases.police(rs))
                .optional();
    }

    /** What happened to the case, oldest first (for those who handle it; read with the case). */
    public List<CaseHistory.Entry> history(UUID incident) {
        return history.of(incident);
    }

    public List<Addition> additions(UUID incident) {
        return jdbc.sql("""
        SELECT u.display_name, a.text, a.created_at FROM incident_addition a LEFT JOIN org_person u ON u.id = a.author_id
         WHERE a.tenant_id = ? AND a.incident_id = ? ORDER BY a.created_at""")
                .params(TenantContext.require(), incident)
                .query((rs, n) -> new Addition(rs.getString(1), rs.getString(2), instant(rs, "created_at")))
                .list();
    }

    /** The reports of {@code userId}: made by them, or registered by them on someone's behalf. Audited. */
    @Transactional
    public List<Mine> mine(UUID userId) {
        List<Mine> rows = jdbc.sql("""
        SELECT i.id, i.case_number, i.registered_at, i.kinds, i.status, i.on_behalf_name,
               EXISTS (SELECT 1 FROM incident_step s WHERE s.tenant_id = i.tenant_id AND s.incident_id = i.id
                        AND s.step = 'FEEDBACK' AND s.status = 'DONE') AS feedback
          FROM incident i WHERE i.tenant_id = ? AND (i.reporter_id = ? OR i.registered_by = ?)
         ORDER BY i.registered_at DESC LIMIT 200""")
                .params(TenantContext.require(), userId, userId)
                .query((rs, n) -> new Mine(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
                        instant(rs, "registered_at"),
                        strings(rs.getArray("kinds")),
                        rs.getString("status"),
                        rs.getString("on_behalf_name"),
                        rs.getBoolean("feedback")))
                .list();
        audit.read("incident", null, "my-reports");
        return rows;
    }

    /**
     * The stack of an incident: incidents with the same perpetrator key, at the same structured address (ADR 1020) or
     * linked by hand (both directions), restricted to those the viewer handles; oldest first, the incident itself
     * included.
     */
    public List<Row> stack(UUID id, Viewer v) {
        return v.bind(jdbc.sql((LIST_COLUMNS.formatted(Viewer.HANDLES) + """

         AND (%s)
         AND (i.id = :id
              OR i.perpetrator_key = (SELECT perpetrator_key FROM incident WHERE tenant_id = :tenant AND id = :id)
              OR i.address_bag_id = (SELECT address_bag_id FROM incident WHERE tenant_id = :tenant AND id = :id)
              OR EXISTS (SELECT 1 FROM incident_link l WHERE l.tenant_id = :tenant
                          AND ((l.incident_id = :id AND l.linked_id = i.id) OR (l.linked_id = :id AND l.incident_id = i.id))))
         ORDER BY i.occurred_at""").formatted(Viewer.HANDLES)))
                .param("tenant", TenantContext.require())
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
                        instant(rs, "registered_at"),
                        instant(rs, "occurred_at"),
                        strings(rs.getArray("kinds")),
                        rs.getString("department_name"),
                        rs.getString("severity"),
                        rs.getString("status"),
                        rs.getBoolean("confidential"),
                        rs.getInt("overdue"),
                        rs.getBoolean("handles")))
                .list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static List<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<UUID> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((UUID) o);
        }
        return out;
    }
}
