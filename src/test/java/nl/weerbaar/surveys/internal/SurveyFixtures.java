package nl.weerbaar.surveys.internal;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers for survey tests: answers for every built-in question, reading links out of mails. */
final class SurveyFixtures {

    private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{43})");

    private SurveyFixtures() {}

    /** A unique address, so tests sharing the mail server do not see each other's mails. */
    static String address(String name) {
        return name + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()) + "@example.org";
    }

    /** Form fields answering every choice question of both built-in variants with {@code value}. */
    static Map<String, String> answers(int value) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Variant v : Variant.values()) {
            BuiltInQuestionnaire.questions(v).stream()
                    .filter(Question::choice)
                    .forEach(q -> fields.put(
                            "q_" + q.code(),
                            String.valueOf(Math.min(value, q.options().size() - 1))));
        }
        return fields;
    }

    /** The tokens in all mails received by {@code to}, oldest first (waits up to five seconds for one). */
    static List<String> tokensMailedTo(String to) throws Exception {
        List<String> tokens = new ArrayList<>();
        long until = System.currentTimeMillis() + 5000;
        while (tokens.isEmpty() && System.currentTimeMillis() < until) {
            for (MimeMessage m : IntegrationTest.MAIL.getReceivedMessages()) {
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
                    Matcher matcher = LINK.matcher(m.getContent().toString());
                    if (matcher.find()) {
                        tokens.add(matcher.group(1));
                    }
                }
            }
            if (tokens.isEmpty()) {
                Thread.sleep(100);
            }
        }
        return tokens;
    }

    /** Subjects of the mails received by {@code to}. */
    static List<String> subjectsFor(String to) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : IntegrationTest.MAIL.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }

    /** Inserts {@code n} responses straight into the table (in the current municipality), all answering {@code value}. */
    static void responses(JdbcClient jdbc, UUID tenant, Survey survey, UUID department, int n, int value) {
        Map<String, String> answers = answers(value);
        StringBuilder json = new StringBuilder("{");
        BuiltInQuestionnaire.questions(survey.variant()).stream()
                .filter(Question::choice)
                .forEach(q -> json.append(json.length() > 1 ? "," : "")
                        .append('"')
                        .append(q.code())
                        .append("\":")
                        .append(answers.get("q_" + q.code())));
        json.append('}');
        for (int i = 0; i < n; i++) {
            jdbc.sql(
                            "INSERT INTO survey_response (id, tenant_id, survey_id, questionnaire_id, department_id, submitted_on,"
                                    + " answers) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")
                    .params(
                            UUID.randomUUID(),
                            tenant,
                            survey.id(),
                            survey.questionnaireId(),
                            department,
                            survey.opensOn(),
                            json.toString())
                    .update();
        }
    }
}
