package nl.weerbaar.meldpunt.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the recent rows of the meldpunt anew (ADR 0601), so that their transaction ids and places on disk no longer
 * say when, or next to what, a reporter wrote them: a row's {@code xmin} sits in one sequence with every other row of
 * the database, among them rows that carry a time (the audit log, sessions of logged-in people). Reports are updated
 * one by one in random order (their id stays: the receipt code and the messages point at it); messages and attachments
 * are deleted and inserted again, whole, in random order in one statement each (the application may not update them). Runs in
 * the caller's transaction, in the current municipality.
 */
@Repository
class Rewrite {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    Rewrite(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was written anew. */
    record Done(int reports, int messages, int attachments) {}

    /**
     * Rewrites the reports received on or after {@code since}, the messages sent on or after it, and the attachments
     * of every report either touches.
     */
    Done since(LocalDate since) {
        List<UUID> touched = new ArrayList<>(
                jdbc.sql("""
                SELECT id FROM meldpunt_report WHERE received_on >= :since
                UNION
                SELECT report_id FROM meldpunt_message WHERE sent_on >= :since""").param("since", since).query(UUID.class).list());
        List<UUID> received = new ArrayList<>(jdbc.sql("SELECT id FROM meldpunt_report WHERE received_on >= ?")
                .param(since)
                .query(UUID.class)
                .list());
        Collections.shuffle(received, RANDOM);
        for (UUID id : received) {
            jdbc.sql("UPDATE meldpunt_report SET received_on = received_on WHERE id = ?")
                    .param(id)
                    .update();
        }
        int messages = jdbc.sql("""
                WITH moved AS (DELETE FROM meldpunt_message WHERE sent_on >= ? RETURNING *)
                INSERT INTO meldpunt_message SELECT * FROM moved ORDER BY random()""").param(since).update();
        int attachments = touched.isEmpty()
                ? 0
                : jdbc.sql("""
                        WITH moved AS (DELETE FROM meldpunt_attachment WHERE report_id = ANY (?) RETURNING *)
                        INSERT INTO meldpunt_attachment SELECT * FROM moved ORDER BY random()""").param(touched.toArray(UUID[]::new)).update();
        return new Done(received.size(), messages, attachments);
    }
}
