package nl.weerbaar.meldpunt.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the retention job deletes and the proof it leaves (ADR 0605): reports whose outcome is older than the months
 * kept for that outcome, deleted with their messages and attachments, each leaving one row in
 * {@code meldpunt_deletion} without content. Works in the current municipality.
 */
@Repository
class Retention {

    /** A row of proof: what was deleted, when and by which rule. */
    record Proof(
            UUID reportId,
            Kind kind,
            Channel channel,
            LocalDate receivedOn,
            String outcome,
            LocalDate outcomeOn,
            int messages,
            int attachments,
            String rule,
            LocalDate deletedOn) {

        /** The months kept after the outcome, as the rule says ({@code NO_FURTHER_ACTION+12M}: 12). */
        public int monthsKept() {
            return Integer.parseInt(rule.substring(rule.indexOf('+') + 1, rule.length() - 1));
        }
    }

    private final JdbcClient jdbc;

    Retention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of reports with {@code outcome} recorded on or before {@code cutoff}. */
    List<UUID> due(String outcome, LocalDate cutoff) {
        return jdbc.sql("SELECT id FROM meldpunt_report WHERE outcome = ? AND outcome_on <= ? ORDER BY outcome_on, id")
                .params(outcome, cutoff)
                .query(UUID.class)
                .list();
    }

    /** Writes the proof for report {@code id} and deletes it with its messages and attachments, in one statement. */
    void delete(UUID id, String rule, LocalDate today) {
        jdbc.sql("""
                        WITH gone AS (DELETE FROM meldpunt_report r WHERE r.id = ?
                                      RETURNING r.id, r.tenant_id, r.kind, r.channel, r.received_on, r.outcome, r.outcome_on,
                                                (SELECT count(*) FROM meldpunt_message m WHERE m.report_id = r.id) AS messages,
                                                (SELECT count(*) FROM meldpunt_attachment a WHERE a.report_id = r.id) AS attachments)
                        INSERT INTO meldpunt_deletion (id, tenant_id, report_id, kind, channel, received_on, outcome, outcome_on,
                                                       messages, attachments, rule, deleted_on)
                        SELECT ?, tenant_id, id, kind, channel, received_on, outcome, outcome_on, messages, attachments, ?, ?
                          FROM gone
                        """).params(id, UUID.randomUUID(), rule, today).update();
    }

    /** The proof of the current municipality, the latest deletions first. */
    List<Proof> proof(int limit) {
        return jdbc.sql(
                        "SELECT report_id, kind, channel, received_on, outcome, outcome_on, messages, attachments, rule,"
                                + " deleted_on FROM meldpunt_deletion ORDER BY deleted_on DESC, report_id LIMIT ?")
                .param(limit)
                .query((rs, i) -> new Proof(
                        rs.getObject("report_id", UUID.class),
                        Kind.valueOf(rs.getString("kind")),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getString("outcome"),
                        rs.getObject("outcome_on", LocalDate.class),
                        rs.getInt("messages"),
                        rs.getInt("attachments"),
                        rs.getString("rule"),
                        rs.getObject("deleted_on", LocalDate.class)))
                .list();
    }
}
