package nl.weerbaar.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import nl.weerbaar.platform.InvalidYamlException;
import nl.weerbaar.platform.YamlProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LessonParserTest {

    private final LessonParser parser = new LessonParser();

    private static String resource(String path) throws IOException {
        try (InputStream in = LessonParserTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-norm-en-melden", "2-ondermijning-aan-de-balie", "3-informatiebeveiliging-en-phishing"})
    void theShippedLessonsAreValidAndTakeThreeToFiveMinutesOnAPhone(String file) throws IOException {
        Lesson lesson = parser.parse(resource("/lessons/" + file + ".yaml"));
        String key = file.substring(2);
        assertThat(lesson.key()).isEqualTo(key);
        assertThat(lesson.minutes()).isBetween(3, 5);
        assertThat(lesson.questions()).hasSizeBetween(3, 6).allMatch(q -> q.correct() >= 0);
        // reading at 180 words a minute on a phone, and half a minute per question
        long words = lesson.pages().stream()
                .mapToLong(p -> p.text().split("\\s+").length)
                .sum();
        double minutes = words / 180.0 + lesson.questions().size() * 0.5;
        assertThat(minutes).as("estimated minutes of %s", key).isBetween(2.5, 5.5);
    }

    @Test
    void aBrokenLessonIsRefusedWithEveryProblemOnItsLine() {
        String yaml = """
                key: kapot
                version: twee
                title: Kapot
                minutes: 4
                summary: Een les met fouten
                pages:
                  - heading: Eén
                    text: Tekst
                questions:
                  - key: a
                    text: Vraag één
                    options:
                      - text: Ja
                        correct: true
                      - text: Nee
                        correct: true
                    explanation: Uitleg
                  - key: a
                    text: Vraag twee
                    options:
                      - text: Alleen dit
                        correct: misschien
                    explanation: Uitleg
                    hint: onbekend
                """;
        InvalidYamlException e = catchThrowableOfType(InvalidYamlException.class, () -> parser.parse(yaml));
        assertThat(e.problems())
                .extracting(YamlProblem::line, YamlProblem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "integer"),
                        org.assertj.core.groups.Tuple.tuple(13, "oneCorrect"),
                        org.assertj.core.groups.Tuple.tuple(18, "duplicateKey"),
                        org.assertj.core.groups.Tuple.tuple(24, "unknown"),
                        org.assertj.core.groups.Tuple.tuple(22, "boolean"),
                        org.assertj.core.groups.Tuple.tuple(21, "optionCount"),
                        org.assertj.core.groups.Tuple.tuple(21, "oneCorrect"));
    }

    @Test
    void brokenYamlAndEmptyFilesAreRefused() {
        assertThat(catchThrowableOfType(InvalidYamlException.class, () -> parser.parse(""))
                        .problems())
                .extracting(YamlProblem::code)
                .containsExactly("empty");
        assertThat(catchThrowableOfType(InvalidYamlException.class, () -> parser.parse("key: [a\ntitle: b"))
                        .problems())
                .extracting(YamlProblem::code)
                .containsExactly("syntax");
    }

    @Test
    void everyProblemHasAMessageInBothLanguages() throws IOException {
        for (String bundle : List.of("/messages/training.properties", "/messages/training_en.properties")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String code : List.of(
                    "empty",
                    "tooLarge",
                    "syntax",
                    "mapping",
                    "list",
                    "emptyList",
                    "scalar",
                    "required",
                    "unknown",
                    "duplicateField",
                    "duplicateKey",
                    "key",
                    "tooLong",
                    "integer",
                    "range",
                    "choice",
                    "optionCount",
                    "oneCorrect",
                    "boolean",
                    "tooManyQuestions")) {
                assertThat(p.getProperty("training.lesson.error." + code))
                        .as(bundle + " " + code)
                        .isNotBlank();
            }
        }
    }
}
