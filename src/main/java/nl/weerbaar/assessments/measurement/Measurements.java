package nl.weerbaar.assessments.measurement;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Measurements, their assignments and answers in the current municipality. */
@Repository
class Measurements {

    public record Measurement(
            UUID id,
            UUID instrumentId,
            String name,
            UUID previousId,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime lockedAt) {
        public boolean locked() {
            return "LOCKED".equals(status);
        }
    }

    /** {@code takenOverFrom}: the answer of another instrument's measurement this value came from, or null. */
    public record Answer(
            UUID id,
            String questionKey,
            String value,
            String comment,
            String evidenceLink,
            String evidenceName,
            OffsetDateTime evidenceAt,
            UUID answeredBy,
            OffsetDateTime answeredAt,
            UUID takenOverFrom) {
        public boolean hasEvidence() {
            return evidenceLink != null || evidenceName != null;
        }
    }

    public record Assignment(UUID id, String pillarKey, UUID assigneeId) {}

    /** An evidence file: a safe name, the type recognised from the content, the plain bytes. */
    public record Evidence(String name, String contentType, byte[] file) {}

    /** Where a taken-over answer came from: the instrument's title and the measurement's name. */
    public record Origin(UUID answerId, String instrumentTitle, String measurementName) {}

    private static final String ANSWER = "SELECT id, question_key, value, comment, evidence_link, evidence_name, "
            + "evidence_at, answered_by, answered_at, taken_over_from FROM assessment_answer ";

    private final JdbcClient jdbc;
    private final FileCipher cipher;

    Measurements(JdbcClient jdbc, FileCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    UUID insert(UUID instrumentId, String name, UUID previousId, UUID startedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO assessment_measurement (id, tenant_id, instrument_id, name, previous_id, status, started_by) "
                                + "VALUES (?, ?, ?, ?, ?, 'OPEN', ?)")
                .params(id, TenantContext.require(), instrumentId, name, previousId, startedBy)
                .update();
        return id;
    }

    Optional<Measurement> find(UUID id) {
        return jdbc.sql("SELECT id, instrument_id, name, previous_id, status, created_at, locked_at "
                        + "FROM assessment_measurement WHERE id = ?")
                .param(id)
                .query(Measurement.class)
                .optional();
    }

    /**
     * Sections handed out in open measurements for which the assignee saved no answer since; of {@code assignee}
     * only, or of everyone when null.
     */
    long unansweredAssignments(UUID assignee) {
        return jdbc.sql("""
        SELECT count(*) FROM assessment_assignment a
          JOIN assessment_measurement m ON m.tenant_id = a.tenant_id AND m.id = a.measurement_id AND m.status = 'OPEN'
         WHERE a.tenant_id = ? AND (CAST(? AS uuid) IS NULL OR a.assignee_id = CAST(? AS uuid))
           AND NOT EXISTS (SELECT 1 FROM assessment_answer x WHERE x.tenant_id = a.tenant_id
                 AND x.measurement_id = a.measurement_id AND x.answered_by = a.assignee_id
                 AND x.answered_at >= a.created_at)""")
                .params(nl.weerbaar.platform.TenantContext.require(), assignee, assignee)
                .query(Long.class)
                .single();
    }

    List<Measurement> all() {
        return jdbc.sql("SELECT id, instrument_id, name, previous_id, status, created_at, locked_at "
                        + "FROM assessment_measurement ORDER BY created_at DESC")
                .query(Measurement.class)
                .list();
    }

    void lock(UUID id) {
        jdbc.sql(
                        "UPDATE assessment_measurement SET status = 'LOCKED', locked_at = now() WHERE id = ? AND status = 'OPEN'")
                .param(id)
                .update();
    }

    void assign(UUID measurementId, String pillarKey, UUID assigneeId) {
        jdbc.sql("INSERT INTO assessment_assignment (id, tenant_id, measurement_id, pillar_key, assignee_id) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), TenantContext.require(), measurementId, pillarKey, assigneeId)
                .update();
    }

    List<Assignment> assignments(UUID measurementId) {
        return jdbc.sql("SELECT id, pillar_key, assignee_id FROM assessment_assignment WHERE measurement_id = ? "
                        + "ORDER BY pillar_key, created_at")
                .param(measurementId)
                .query(Assignment.class)
                .list();
    }

    /** Measurements with sections handed to this user: measurement id to pillar keys. */
    Map<UUID, List<String>> assignedTo(UUID userId) {
        Map<UUID, List<String>> out = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT a.measurement_id, a.pillar_key FROM assessment_assignment a JOIN assessment_measurement m "
                                + "ON m.id = a.measurement_id WHERE a.assignee_id = ? AND m.status = 'OPEN' ORDER BY m.created_at DESC")
                .param(userId)
                .query((rs, n) -> out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return out;
    }

    boolean isAssigned(UUID measurementId, String pillarKey, UUID userId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM assessment_assignment WHERE measurement_id = ? AND pillar_key = ? "
                                + "AND assignee_id = ?)")
                .params(measurementId, pillarKey, userId)
                .query(Boolean.class)
                .single();
    }

    Map<String, Answer> answers(UUID measurementId) {
        Map<String, Answer> out = new LinkedHashMap<>();
        jdbc.sql(ANSWER + "WHERE measurement_id = ?")
                .param(measurementId)
                .query(Answer.class)
                .list()
                .forEach(a -> out.put(a.questionKey(), a));
        return out;
    }

    Optional<Answer> answer(UUID answerId) {
        return jdbc.sql(ANSWER + "WHERE id = ?")
                .param(answerId)
                .query(Answer.class)
                .optional();
    }

    Optional<UUID> measurementOf(UUID answerId) {
        return jdbc.sql("SELECT measurement_id FROM assessment_answer WHERE id = ?")
                .param(answerId)
                .query(UUID.class)
                .optional();
    }

    /**
     * Saves one answer: value, comment and a link replace what was there; a new file replaces the old file; with
     * {@code link} and {@code file} null the stored evidence stays. A file is stored encrypted, bound to the
     * measurement and question. {@code takenOverFrom} marks a value taken over from another instrument (or null).
     */
    void save(
            UUID measurementId,
            String questionKey,
            String value,
            String comment,
            String link,
            Evidence file,
            UUID takenOverFrom,
            UUID by) {
        boolean newEvidence = link != null || file != null;
        FileCipher.Sealed sealed = file == null ? null : cipher.seal(file.file(), sealedAs(measurementId, questionKey));
        jdbc.sql("""
        INSERT INTO assessment_answer (id, tenant_id, measurement_id, question_key, value, comment, evidence_link,
                                       evidence_name, evidence_type, evidence_nonce, evidence_file, evidence_at,
                                       taken_over_from, answered_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END, ?, ?)
        ON CONFLICT (measurement_id, question_key) DO UPDATE SET value = excluded.value, comment = excluded.comment,
          evidence_link = CASE WHEN ? THEN excluded.evidence_link ELSE assessment_answer.evidence_link END,
          evidence_name = CASE WHEN ? THEN excluded.evidence_name ELSE assessment_answer.evidence_name END,
          evidence_type = CASE WHEN ? THEN excluded.evidence_type ELSE assessment_answer.evidence_type END,
          evidence_nonce = CASE WHEN ? THEN excluded.evidence_nonce ELSE assessment_answer.evidence_nonce END,
          evidence_file = CASE WHEN ? THEN excluded.evidence_file ELSE assessment_answer.evidence_file END,
          evidence_at = CASE WHEN ? THEN now() ELSE assessment_answer.evidence_at END,
          taken_over_from = excluded.taken_over_from,
          answered_by = excluded.answered_by, answered_at = now()""")
                .params(
                        UUID.randomUUID(),
                        TenantContext.require(),
                        measurementId,
                        questionKey,
                        value,
                        comment,
                        link,
                        file == null ? null : file.name(),
                        file == null ? null : file.contentType(),
                        sealed == null ? null : sealed.nonce(),
                        sealed == null ? null : sealed.ciphertext(),
                        newEvidence,
                        takenOverFrom,
                        by,
                        newEvidence,
                        newEvidence,
                        newEvidence,
                        newEvidence,
                        newEvidence,
                        newEvidence)
                .update();
    }

    /** For the answers of a measurement that were taken over: question key to where the value came from. */
    Map<String, Origin> origins(UUID measurementId) {
        Map<String, Origin> out = new LinkedHashMap<>();
        jdbc.sql("""
        SELECT t.question_key, s.id, i.title, m.name FROM assessment_answer t
          JOIN assessment_answer s ON s.id = t.taken_over_from
          JOIN assessment_measurement m ON m.id = s.measurement_id
          JOIN assessment_instrument i ON i.id = m.instrument_id
         WHERE t.measurement_id = ?""")
                .param(measurementId)
                .query((rs, n) -> out.put(
                        rs.getString(1), new Origin(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4))))
                .list();
        return out;
    }

    /** The newest measurement (other than {@code except}) taken with any version of the instrument {@code key}. */
    Optional<Measurement> newestOf(String instrumentKey, UUID except) {
        return jdbc.sql("SELECT m.id, m.instrument_id, m.name, m.previous_id, m.status, m.created_at, m.locked_at "
                        + "FROM assessment_measurement m JOIN assessment_instrument i ON i.id = m.instrument_id "
                        + "WHERE i.key = ? AND m.id <> ? ORDER BY m.created_at DESC, m.id LIMIT 1")
                .params(instrumentKey, except)
                .query(Measurement.class)
                .optional();
    }

    /** The evidence file of an answer, decrypted; files stored before encryption have no nonce. */
    Optional<Evidence> evidence(UUID answerId) {
        return jdbc.sql(
                        "SELECT measurement_id, question_key, evidence_name, evidence_type, evidence_nonce, evidence_file "
                                + "FROM assessment_answer WHERE id = ? AND evidence_file IS NOT NULL")
                .param(answerId)
                .query((rs, n) -> {
                    byte[] nonce = rs.getBytes("evidence_nonce");
                    byte[] stored = rs.getBytes("evidence_file");
                    byte[] plain = nonce == null
                            ? stored
                            : cipher.open(
                                    new FileCipher.Sealed(nonce, stored),
                                    sealedAs(rs.getObject("measurement_id", UUID.class), rs.getString("question_key")));
                    return new Evidence(rs.getString("evidence_name"), rs.getString("evidence_type"), plain);
                })
                .optional();
    }

    private static String sealedAs(UUID measurementId, String questionKey) {
        return "assessment-answer:" + measurementId + ":" + questionKey;
    }
}
