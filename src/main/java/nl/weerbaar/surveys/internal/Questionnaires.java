package nl.weerbaar.surveys.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaire versions of the current municipality. Version 1 of each variant is the built-in one,
 * created on first use; an edit never changes a version but adds the next one.
 */
@Repository
class Questionnaires {

    /** One immutable version. */
    public record Version(UUID id, Variant variant, int version, List<Question> questions) {

        public Optional<Question> question(String code) {
            return questions.stream().filter(q -> q.code().equals(code)).findFirst();
        }
    }

    private static final TypeReference<List<Question>> LIST = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Questionnaires(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The newest version of {@code variant}; creates the built-in version 1 when there is none yet. */
    Version latest(Variant variant) {
        return jdbc.sql("SELECT id, variant, version, questions::text AS q FROM survey_questionnaire WHERE variant = ? "
                        + "ORDER BY version DESC LIMIT 1")
                .param(variant.name())
                .query(this::map)
                .optional()
                .orElseGet(() -> insert(variant, 1, BuiltInQuestionnaire.questions(variant)));
    }

    Version byId(UUID id) {
        return jdbc.sql("SELECT id, variant, version, questions::text AS q FROM survey_questionnaire WHERE id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("questionnaire", id));
    }

    /** Stores {@code questions} as the next version of {@code variant}. */
    Version newVersion(Variant variant, List<Question> questions) {
        int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM survey_questionnaire WHERE variant = ?")
                .param(variant.name())
                .query(Integer.class)
                .single();
        return insert(variant, next, questions);
    }

    private Version insert(Variant variant, int version, List<Question> questions) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO survey_questionnaire (id, tenant_id, variant, version, questions) VALUES (?, ?, ?, ?, ?::jsonb)")
                .params(id, TenantContext.require(), variant.name(), version, json.writeValueAsString(questions))
                .update();
        return new Version(id, variant, version, List.copyOf(questions));
    }

    private Version map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Version(
                rs.getObject("id", UUID.class),
                Variant.valueOf(rs.getString("variant")),
                rs.getInt("version"),
                json.readValue(rs.getString("q"), LIST));
    }
}
