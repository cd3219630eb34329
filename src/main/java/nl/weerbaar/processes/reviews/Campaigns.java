package nl.weerbaar.processes.reviews;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Access review campaigns of the current municipality: starting one (copying the rights in scope into its items),
 * closing it, its progress per group of reviewers and its decisions, and the notices the reminder job sends.
 */
@Repository
class Campaigns {

    record Campaign(
            UUID id,
            String name,
            LocalDate dueDate,
            boolean sensitiveOnly,
            List<String> scopeDepartments,
            String status,
            OffsetDateTime startedAt,
            UUID startedBy,
            OffsetDateTime closedAt,
            UUID closedBy,
            long total,
            long confirmed,
            long revoked) {

        public long open() {
            return total - confirmed - revoked;
        }

        public boolean isOpen() {
            return "OPEN".equals(status);
        }

        public boolean overdue(LocalDate today) {
            return isOpen() && today.isAfter(dueDate);
        }
    }

    /** Progress of one group of reviewers: the managers of a department, or the coordinators. */
    record Share(String reviewer, UUID departmentId, String department, long total, long confirmed, long revoked) {
        public long open() {
            return total - confirmed - revoked;
        }
    }

    /** The departments whose managers still have undecided items, and whether the coordinators have. */
    record OpenWork(List<UUID> departments, boolean coordinator) {}

    private static final String CAMPAIGN = """
      SELECT c.id, c.name, c.due_date, c.sensitive_only, c.scope_departments, c.status, c.started_at, c.started_by,
             c.closed_at, c.closed_by,
             (SELECT count(*) FROM proc_review_item i WHERE i.campaign_id = c.id) total,
             (SELECT count(*) FROM proc_review_item i WHERE i.campaign_id = c.id AND i.decision = 'CONFIRMED') confirmed,
             (SELECT count(*) FROM proc_review_item i WHERE i.campaign_id = c.id AND i.decision = 'REVOKED') revoked
        FROM proc_review_campaign c""";

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Campaign> campaigns() {
        return jdbc.sql(CAMPAIGN + " ORDER BY c.status DESC, c.started_at DESC")
                .query(Campaigns::campaign)
                .list();
    }

    Campaign campaign(UUID id) {
        return jdbc.sql(CAMPAIGN + " WHERE c.id = ?")
                .param(id)
                .query(Campaigns::campaign)
                .optional()
                .orElseThrow(() -> new NotFoundException("review campaign", id));
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM proc_review_campaign WHERE lower(name) = lower(?))")
                .param(name)
                .query(Boolean.class)
                .single();
    }

    /** Departments as the HR import names them: what a campaign can be limited to. */
    List<String> personDepartments() {
        return jdbc.sql("SELECT DISTINCT department FROM proc_person WHERE department IS NOT NULL ORDER BY 1")
                .query(String.class)
                .list();
    }

    /**
     * Creates a campaign and copies the access rights in scope into its items, each assigned to the managers of
     * the person's department (matched on the platform department's name or code) or, without a manager, to the
     * coordinators. Returns the number of items; 0 means nothing was in scope.
     */
    int start(
            UUID id,
            String name,
            LocalDate due,
            boolean sensitiveOnly,
            List<String> departments,
            UUID by,
            List<Organisation.Department> platformDepartments,
            Set<UUID> managed) {
        jdbc.sql("""
        INSERT INTO proc_review_campaign (id, tenant_id, name, due_date, sensitive_only, scope_departments, started_by)
        VALUES (:id, current_tenant(), :name, :due, :sensitive,
                CASE WHEN :all THEN NULL ELSE string_to_array(:departments, chr(31)) END, :by)""")
                .param("id", id)
                .param("name", name)
                .param("due", due)
                .param("sensitive", sensitiveOnly)
                .param("all", departments.isEmpty())
                .param("departments", String.join("\u001f", departments))
                .param("by", by)
                .update();
        int items = jdbc.sql("""
        INSERT INTO proc_review_item (tenant_id, campaign_id, person_id, employee_no, pseudonym, position, department,
                                      left_on, application_id, application_code, application_name, sensitive,
                                      access_right)
        SELECT current_tenant(), c.id, pe.id, pe.employee_no, pe.pseudonym, po.name, pe.department, pe.end_date,
               ap.id, ap.code, ap.name, ap.sensitive, x.access_right
          FROM proc_review_campaign c
          JOIN proc_access x ON true
          JOIN proc_person pe ON pe.id = x.person_id
          JOIN proc_application ap ON ap.id = x.application_id
          LEFT JOIN proc_position po ON po.id = pe.position_id
         WHERE c.id = ? AND (NOT c.sensitive_only OR ap.sensitive)
           AND (c.scope_departments IS NULL OR pe.department = ANY (c.scope_departments))
         ORDER BY pe.employee_no, ap.code, x.access_right""").param(id).update();
        for (Organisation.Department d : platformDepartments) {
            jdbc.sql("""
          UPDATE proc_review_item SET department_id = ?, reviewer = ?
           WHERE campaign_id = ? AND department_id IS NULL AND lower(department) IN (lower(?), lower(?))""")
                    .params(d.id(), managed.contains(d.id()) ? "MANAGER" : "COORDINATOR", id, d.name(), d.code())
                    .update();
        }
        return items;
    }

    /** Closes an open campaign; false when it was closed already. */
    boolean close(UUID id, UUID by) {
        return jdbc.sql("""
        UPDATE proc_review_campaign SET status = 'CLOSED', closed_at = now(), closed_by = ?
         WHERE id = ? AND status = 'OPEN'""").params(by, id).update() == 1;
    }

    List<Share> shares(UUID campaignId) {
        return jdbc.sql("""
        SELECT reviewer, department_id, min(department), count(*),
               count(*) FILTER (WHERE decision = 'CONFIRMED'), count(*) FILTER (WHERE decision = 'REVOKED')
          FROM proc_review_item WHERE campaign_id = ?
         GROUP BY reviewer, department_id ORDER BY reviewer DESC, min(department) NULLS LAST""")
                .param(campaignId)
                .query((rs, n) -> new Share(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)))
                .list();
    }

    /** Decided items of a campaign, newest first: pseudonymised (no names are read). */
    List<ReviewItems.Item> decisions(UUID campaignId, int limit) {
        return jdbc.sql("""
        SELECT i.id, i.campaign_id, i.person_id, i.employee_no, i.pseudonym, NULL AS name, i.position, i.department,
               i.left_on, i.application_code, i.application_name, i.sensitive, i.access_right, i.reviewer,
               i.decision, i.reason, i.decided_by, i.decided_at
          FROM proc_review_item i WHERE i.campaign_id = ? AND i.decision IS NOT NULL
         ORDER BY i.decision DESC, i.decided_at DESC LIMIT ?""").params(campaignId, limit).query(ReviewItems::item).list();
    }

    List<Campaign> openCampaigns() {
        return jdbc.sql(CAMPAIGN + " WHERE c.status = 'OPEN' ORDER BY c.due_date")
                .query(Campaigns::campaign)
                .list();
    }

    OpenWork openWork(UUID campaignId) {
        List<UUID> departments =
                jdbc.sql("""
        SELECT DISTINCT department_id FROM proc_review_item
         WHERE campaign_id = ? AND decision IS NULL AND reviewer = 'MANAGER'""").param(campaignId).query(UUID.class).list();
        boolean coordinator =
                jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM proc_review_item
                        WHERE campaign_id = ? AND decision IS NULL AND reviewer = 'COORDINATOR')""").param(campaignId).query(Boolean.class).single();
        return new OpenWork(departments, coordinator);
    }

    /** Records a notice; false when this one was sent before (each is sent once per campaign and user). */
    boolean noteSent(UUID campaignId, UUID userId, String kind) {
        return jdbc.sql("""
        INSERT INTO proc_review_notice (tenant_id, campaign_id, user_id, kind) VALUES (current_tenant(), ?, ?, ?)
        ON CONFLICT DO NOTHING""").params(campaignId, userId, kind).update() == 1;
    }

    private static Campaign campaign(ResultSet rs, int n) throws SQLException {
        Array scope = rs.getArray(5);
        return new Campaign(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                rs.getBoolean(4),
                scope == null ? List.of() : Arrays.asList((String[]) scope.getArray()),
                rs.getString(6),
                rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, UUID.class),
                rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, UUID.class),
                rs.getLong(11),
                rs.getLong(12),
                rs.getLong(13));
    }
}
