package nl.weerbaar.surveys.internal;

import java.util.Map;
import nl.weerbaar.platform.FieldErrors;

/** Reads a respondent's form fields against one questionnaire version. */
final class Answers {

    private Answers() {}

    /**
     * Fills {@code answers} (code → option index) and {@code texts} (code → non-blank free text) from
     * {@code fields} ({@code q_<code>}); returns the errors per code as message keys (empty when valid).
     * Every choice question needs an answer; free text is optional and at most {@link Respondents#MAX_TEXT} long.
     */
    static FieldErrors parse(
            Questionnaires.Version version,
            Map<String, String> fields,
            Map<String, Integer> answers,
            Map<String, String> texts) {
        FieldErrors errors = new FieldErrors();
        for (Question q : version.questions()) {
            String raw = fields.get("q_" + q.code());
            if (q.choice()) {
                Integer value = parseIndex(raw, q.options().size());
                if (value == null) {
                    errors.reject(
                            q.code(),
                            raw == null || raw.isBlank() ? "surveys.answer.required" : "surveys.answer.invalid");
                } else {
                    answers.put(q.code(), value);
                }
            } else if (raw != null && !raw.isBlank()) {
                if (raw.length() > Respondents.MAX_TEXT) {
                    errors.reject(q.code(), "surveys.answer.tooLong");
                } else {
                    texts.put(q.code(), raw.strip());
                }
            }
        }
        return errors;
    }

    private static Integer parseIndex(String raw, int size) {
        if (raw == null || !raw.matches("\\d{1,2}")) {
            return null;
        }
        int v = Integer.parseInt(raw);
        return v < size ? v : null;
    }
}
