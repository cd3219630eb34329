package nl.weerbaar.training.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.platform.InvalidYamlException;
import nl.weerbaar.platform.YamlChecks;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a lesson from YAML with the platform's checks: every problem with its line in one pass, nothing
 * half-accepted. Messages: {@code training.lesson.error.<code>}.
 *
 * <pre>
 * key: norm-en-melden
 * version: 1
 * title: De norm en hoe je meldt
 * minutes: 4                # reading and answering, on a phone
 * summary: ...
 * pages:
 *   - heading: ...
 *     text: ...
 * questions:
 *   - key: waar-melden      # stable across versions
 *     text: ...
 *     options:
 *       - text: ...
 *         correct: true     # exactly one
 *       - text: ...
 *     explanation: ...
 * </pre>
 */
public final class LessonParser {

    public static final int MAX_CHARS = 40_000;

    /** Parses {@code source}; throws {@link InvalidYamlException} with every problem when it is not a valid lesson. */
    public Lesson parse(String source) {
        Run run = new Run();
        Lesson lesson = run.lesson(YamlChecks.compose(source, MAX_CHARS));
        if (!run.problems().isEmpty()) {
            throw new InvalidYamlException(run.problems());
        }
        return lesson;
    }

    private static final class Run extends YamlChecks {

        private final Map<String, Integer> questionKeys = new HashMap<>();

        Lesson lesson(Node root) {
            Map<String, Node> f = fields(
                    root, "lesson", Set.of("key", "version", "title", "minutes", "summary", "pages", "questions"));
            if (f == null) {
                return null;
            }
            String key = key(f, root, "key");
            Integer version = integer(f, root, "version", 1, 100_000);
            String title = text(f, root, "title", true, 120);
            Integer minutes = integer(f, root, "minutes", 1, 10);
            String summary = text(f, root, "summary", true, 400);
            List<Lesson.Page> pages = list(f, root, "pages", this::page);
            List<Lesson.Question> questions = list(f, root, "questions", this::question);
            if (questions.size() > 12) {
                problem(f.get("questions"), "tooManyQuestions", questions.size(), 12);
            }
            return new Lesson(
                    key,
                    version == null ? 0 : version,
                    title,
                    minutes == null ? 0 : minutes,
                    summary,
                    pages,
                    questions);
        }

        Lesson.Page page(Node node) {
            Map<String, Node> f = fields(node, "page", Set.of("heading", "text"));
            if (f == null) {
                return null;
            }
            return new Lesson.Page(text(f, node, "heading", true, 120), text(f, node, "text", true, 2000));
        }

        Lesson.Question question(Node node) {
            Map<String, Node> f = fields(node, "question", Set.of("key", "text", "options", "explanation"));
            if (f == null) {
                return null;
            }
            String key = key(f, node, "key");
            if (key != null) {
                Integer first = questionKeys.putIfAbsent(key, line(f.get("key")));
                if (first != null) {
                    problem(f.get("key"), "duplicateKey", key, first);
                }
            }
            String text = text(f, node, "text", true, 300);
            List<String> options = new ArrayList<>();
            List<Integer> correct = new ArrayList<>();
            Node optionsNode = f.get("options");
            if (optionsNode == null) {
                problem(node, "required", "options");
            } else {
                for (Node option : items(optionsNode, "options")) {
                    Map<String, Node> o = fields(option, "option", Set.of("text", "correct"));
                    if (o == null) {
                        continue;
                    }
                    options.add(text(o, option, "text", true, 200));
                    if (yes(o, "correct")) {
                        correct.add(options.size() - 1);
                    }
                }
                if (options.size() < 2 || options.size() > 5) {
                    problem(optionsNode, "optionCount", options.size());
                }
                if (correct.size() != 1) {
                    problem(optionsNode, "oneCorrect", correct.size());
                }
            }
            String explanation = text(f, node, "explanation", true, 600);
            return new Lesson.Question(key, text, options, correct.size() == 1 ? correct.get(0) : -1, explanation);
        }

        private boolean yes(Map<String, Node> f, String name) {
            Node node = f.get(name);
            if (node == null) {
                return false;
            }
            String v = scalar(node, name);
            if ("true".equals(v)) {
                return true;
            }
            if (!"false".equals(v)) {
                problem(node, "boolean", name);
            }
            return false;
        }
    }
}
