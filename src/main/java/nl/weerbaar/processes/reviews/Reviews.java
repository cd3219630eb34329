package nl.weerbaar.processes.reviews;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Review campaigns and their items in the current municipality. Which items a user may decide on is a
 * {@link Reviewer}: the managers of a department decide on the items of that department, the coordinators on the
 * items for which no manager was found when the campaign started.
 */
@Repository
class Reviews {

    /** Whose items a user reviews: the coordinator's share and/or those of the department they manage. */
    record Reviewer(boolean coordinator, UUID department) {

        static Reviewer of(UserIdentity user) {
            return new Reviewer(user.has(Role.COORDINATOR), user.has(Role.MANAGER) ? user.departmentId() : null);
        }

        boolean reviewsAnything() {
            return coordinator || department != null;
        }
    }

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

    /** An item as its reviewer sees it; {@code name} is only filled for the person's own manager. */
    record Item(
            UUID id,
            UUID campaignId,
            UUID personId,
            String employeeNo,
            String pseudonym,
            String name,
            String position,
            String department,
            LocalDate leftOn,
            String applicationCode,
            String applicationName,
            boolean sensitive,
            String right,
            String reviewer,
            String decision,
            String reason,
            UUID decidedBy,
            OffsetDateTime decidedAt) {}

    /** Progress of one group of reviewers: the managers of a department, or the coordinators. */
    record Share(String reviewer, UUID departmentId, String department, long total, long confirmed, long revoked) {
        public long open() {
            return total - confirmed - revoked;
        }
    }

    /** A campaign with the counts of one reviewer's items. */
    record MyCampaign(UUID id, String name, LocalDate dueDate, long total, long open) {}

    /** A right to withdraw after a closed campaign. */
    record Todo(
            UUID id,
            UUID applicationId,
            String applicationCode,
            String applicationName,
            String ownerEmail,
            String employeeNo,
            String pseudonym,
            String right,
            String reason,
            String campaign,
            OffsetDateTime closedAt,
            OffsetDateTime withdrawnAt) {}

    private static final String CAMPAIGN = """
      SELECT c.id, c.name, c.due_date, c.sensitive_only, c.scope_departments, c.status, c.started_at, c.started_by,
             c.closed_at, c.closed_by,
             (SELECT count(*) FROM proc_review_item i WHERE i.campaign_id = c.id) total,
             (SELECT count(*) FROM proc_review_item i WHERE i.campaign_id = c.id AND i.decision = 'CONFIRMED') confirmed,
             (SELECT count(*) FROM proc_review_item i WHERE i.campaign_id = c.id AND i.decision = 'REVOKED') revoked
        FROM proc_review_campaign c""";

    private static final String ITEM = """
      SELECT i.id, i.campaign_id, i.person_id, i.employee_no, i.pseudonym,
             CASE WHEN i.reviewer = 'MANAGER' THEN pe.name END AS name, i.position, i.department, i.left_on,
             i.application_code, i.application_name, i.sensitive, i.access_right, i.reviewer, i.decision, i.reason,
             i.decided_by, i.decided_at
        FROM proc_review_item i LEFT JOIN proc_person pe ON pe.id = i.person_id""";

    /** The items a reviewer decides on; parameters :coordinator and :department. */
    private static final String MINE = """
      ((i.reviewer = 'COORDINATOR' AND :coordinator)
        OR (i.reviewer = 'MANAGER' AND i.department_id = CAST(:department AS uuid)))""";

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- campaigns --------------------------------------------------------------------------------------------

    List<Campaign> campaigns() {
        return jdbc.sql(CAMPAIGN + " ORDER BY c.status DESC, c.started_at DESC")
                .query(Reviews::campaign)
                .list();
    }

    Campaign campaign(UUID id) {
        return jdbc.sql(CAMPAIGN + " WHERE c.id = ?")
                .param(id)
                .query(Reviews::campaign)
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
    List<Item> decisions(UUID campaignId, int limit) {
        return jdbc.sql("""
        SELECT i.id, i.campaign_id, i.person_id, i.employee_no, i.pseudonym, NULL AS name, i.position, i.department,
               i.left_on, i.application_code, i.application_name, i.sensitive, i.access_right, i.reviewer,
               i.decision, i.reason, i.decided_by, i.decided_at
          FROM proc_review_item i WHERE i.campaign_id = ? AND i.decision IS NOT NULL
         ORDER BY i.decision DESC, i.decided_at DESC LIMIT ?""").params(campaignId, limit).query(Reviews::item).list();
    }

    // ---- the reviewer's items ---------------------------------------------------------------------------------

    List<MyCampaign> myCampaigns(Reviewer r) {
        return jdbc.sql("""
        SELECT c.id, c.name, c.due_date, count(*), count(*) FILTER (WHERE i.decision IS NULL)
          FROM proc_review_campaign c JOIN proc_review_item i ON i.campaign_id = c.id
         WHERE c.status = 'OPEN' AND """ + MINE + """

         GROUP BY c.id, c.name, c.due_date ORDER BY c.due_date, c.name""")
                .param("coordinator", r.coordinator())
                .param("department", r.department())
                .query((rs, n) -> new MyCampaign(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /** Whether a manager has undecided items in an open campaign (for the menu). */
    boolean hasOpenItems(Reviewer r) {
        if (!r.reviewsAnything()) {
            return false;
        }
        return jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM proc_review_item i JOIN proc_review_campaign c ON c.id = i.campaign_id
                        WHERE c.status = 'OPEN' AND i.decision IS NULL AND """ + MINE + ")")
                .param("coordinator", r.coordinator())
                .param("department", r.department())
                .query(Boolean.class)
                .single();
    }

    List<Item> myItems(UUID campaignId, Reviewer r) {
        return jdbc.sql(ITEM + " WHERE i.campaign_id = :campaign AND " + MINE
                        + " ORDER BY i.reviewer, coalesce(pe.name, i.pseudonym), i.application_name, i.access_right")
                .param("campaign", campaignId)
                .param("coordinator", r.coordinator())
                .param("department", r.department())
                .query(Reviews::item)
                .list();
    }

    /** One of the reviewer's items, with whether its campaign is still open; not found when it is not theirs. */
    Item myItem(UUID id, Reviewer r) {
        return jdbc.sql(ITEM + " WHERE i.id = :id AND " + MINE)
                .param("id", id)
                .param("coordinator", r.coordinator())
                .param("department", r.department())
                .query(Reviews::item)
                .optional()
                .orElseThrow(() -> new NotFoundException("review item", id));
    }

    void decide(UUID id, String decision, String reason, UUID by) {
        jdbc.sql("""
        UPDATE proc_review_item SET decision = ?, reason = ?, decided_by = ?, decided_at = now() WHERE id = ?""").params(decision, reason, by, id).update();
    }

    /** Confirms every undecided item of one person that the reviewer decides on; returns their ids. */
    List<UUID> confirmAll(UUID campaignId, UUID personId, Reviewer r, UUID by) {
        return jdbc.sql("""
        UPDATE proc_review_item i SET decision = 'CONFIRMED', reason = NULL, decided_by = :by, decided_at = now()
         WHERE i.campaign_id = :campaign AND i.person_id = :person AND i.decision IS NULL AND """ + MINE + """

        RETURNING i.id""")
                .param("by", by)
                .param("campaign", campaignId)
                .param("person", personId)
                .param("coordinator", r.coordinator())
                .param("department", r.department())
                .query(UUID.class)
                .list();
    }

    // ---- reminders and escalations ----------------------------------------------------------------------------

    List<Campaign> openCampaigns() {
        return jdbc.sql(CAMPAIGN + " WHERE c.status = 'OPEN' ORDER BY c.due_date")
                .query(Reviews::campaign)
                .list();
    }

    /** The departments whose managers still have undecided items, and whether the coordinators have. */
    record OpenWork(List<UUID> departments, boolean coordinator) {}

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

    // ---- to-dos of application owners -------------------------------------------------------------------------

    /** Owner addresses of the applications with revoked rights in a campaign; null stands for "no owner". */
    List<String> ownersOfRevoked(UUID campaignId) {
        return jdbc.sql("""
        SELECT DISTINCT lower(nullif(trim(ap.owner_email), '')) FROM proc_review_item i
          LEFT JOIN proc_application ap ON ap.id = i.application_id
         WHERE i.campaign_id = ? AND i.decision = 'REVOKED'""").param(campaignId).query(String.class).list();
    }

    /** Open to-dos of closed campaigns: all of them, or those of the applications owned by {@code ownerEmail}. */
    List<Todo> todos(boolean all, String ownerEmail) {
        return jdbc.sql(TODO + " AND i.withdrawn_at IS NULL AND " + OWNED
                        + " ORDER BY i.application_name, i.application_id, c.closed_at, i.employee_no, i.access_right")
                .param("all", all)
                .param("email", ownerEmail)
                .query(Reviews::todo)
                .list();
    }

    /** Whether any revoked right of a closed campaign still waits to be withdrawn (partial index on revoked items). */
    boolean anyOpenTodos() {
        return jdbc.sql("SELECT EXISTS (" + TODO + " AND i.withdrawn_at IS NULL)")
                .query(Boolean.class)
                .single();
    }

    /** Whether applications owned by {@code ownerEmail} have revoked rights still to withdraw (for the menu). */
    boolean hasOpenTodos(String ownerEmail) {
        return jdbc.sql("SELECT EXISTS (" + TODO + " AND i.withdrawn_at IS NULL AND " + OWNED + ")")
                .param("all", false)
                .param("email", ownerEmail)
                .query(Boolean.class)
                .single();
    }

    /** Per application id: how many of its revoked rights were marked withdrawn. */
    Map<UUID, Long> withdrawnCounts(boolean all, String ownerEmail) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("SELECT x.application_id, count(*) FROM (" + TODO + " AND i.withdrawn_at IS NOT NULL AND " + OWNED
                        + ") x GROUP BY x.application_id")
                .param("all", all)
                .param("email", ownerEmail)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    Todo todo(UUID id, boolean all, String ownerEmail) {
        return jdbc.sql(TODO + " AND i.id = :id AND " + OWNED)
                .param("id", id)
                .param("all", all)
                .param("email", ownerEmail)
                .query(Reviews::todo)
                .optional()
                .orElseThrow(() -> new NotFoundException("revoked right", id));
    }

    boolean markWithdrawn(UUID id, UUID by) {
        return jdbc.sql("""
        UPDATE proc_review_item SET withdrawn_at = now(), withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL""").params(by, id).update() == 1;
    }

    private static final String TODO = """
      SELECT i.id, i.application_id, i.application_code, i.application_name, ap.owner_email, i.employee_no,
             i.pseudonym, i.access_right, i.reason, c.name, c.closed_at, i.withdrawn_at
        FROM proc_review_item i JOIN proc_review_campaign c ON c.id = i.campaign_id
        LEFT JOIN proc_application ap ON ap.id = i.application_id
       WHERE i.decision = 'REVOKED' AND c.status = 'CLOSED'""";

    private static final String OWNED = "(:all OR lower(trim(ap.owner_email)) = lower(CAST(:email AS text)))";

    // ---- mapping ----------------------------------------------------------------------------------------------

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

    private static Item item(ResultSet rs, int n) throws SQLException {
        return new Item(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                rs.getString(11),
                rs.getBoolean(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getObject(17, UUID.class),
                rs.getObject(18, OffsetDateTime.class));
    }

    private static Todo todo(ResultSet rs, int n) throws SQLException {
        return new Todo(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class));
    }
}
