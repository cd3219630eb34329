package nl.weerbaar.processes.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items of review campaigns as their reviewers see and decide them; which items are a user's is a
 * {@link Reviewer}.
 */
@Repository
class ReviewItems {

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

    /** A campaign with the counts of one reviewer's items. */
    record MyCampaign(UUID id, String name, LocalDate dueDate, long total, long open) {}

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

    ReviewItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

    /** How many undecided items of open campaigns {@code r} decides on. */
    long countOpenItems(Reviewer r) {
        if (!r.reviewsAnything()) {
            return 0;
        }
        return jdbc.sql("""
        SELECT count(*) FROM proc_review_item i JOIN proc_review_campaign c ON c.id = i.campaign_id
         WHERE c.status = 'OPEN' AND i.decision IS NULL AND """ + MINE)
                .param("coordinator", r.coordinator())
                .param("department", r.department())
                .query(Long.class)
                .single();
    }

    List<Item> myItems(UUID campaignId, Reviewer r) {
        return jdbc.sql(ITEM + " WHERE i.campaign_id = :campaign AND " + MINE
                        + " ORDER BY i.reviewer, coalesce(pe.name, i.pseudonym), i.application_name, i.access_right")
                .param("campaign", campaignId)
                .param("coordinator", r.coordinator())
                .param("department", r.department())
                .query(ReviewItems::item)
                .list();
    }

    /** One of the reviewer's items, with whether its campaign is still open; not found when it is not theirs. */
    Item myItem(UUID id, Reviewer r) {
        return jdbc.sql(ITEM + " WHERE i.id = :id AND " + MINE)
                .param("id", id)
                .param("coordinator", r.coordinator())
                .param("department", r.department())
                .query(ReviewItems::item)
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

    static Item item(ResultSet rs, int n) throws SQLException {
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
}
