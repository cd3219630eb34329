package nl.weerbaar.platform;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks on a YAML node tree for content that people write (instruments, mappings): a parser extends this class for
 * one run, walks the tree with the checks below and throws {@link InvalidYamlException} with {@link #problems()} when
 * there are any. Each check reports its problem with the line of the node it concerns and goes on, so one pass finds
 * every problem.
 *
 * <p>Problem codes of the common checks (the reading module gives each a message {@code <prefix>.<code>}):
 * {@code empty}, {@code tooLarge} (max characters), {@code syntax} (what), {@code mapping} (what), {@code unknown}
 * (field, what), {@code duplicateField} (field, first line), {@code required} (field), {@code list} (field),
 * {@code emptyList} (field), {@code scalar} (field), {@code tooLong} (field, max), {@code key} (value),
 * {@code range} (field, min, max), {@code integer} (field), {@code choice} (field, value, allowed).
 */
public abstract class YamlChecks {

    /** What {@link #key} accepts: 1 to 40 letters, digits, dots, underscores and hyphens, not starting with one of the last three. */
    public static final String KEY_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    private final List<YamlProblem> problems = new ArrayList<>();

    /** The problems found so far, in the order found. */
    public final List<YamlProblem> problems() {
        return problems;
    }

    /**
     * The node tree of {@code source}, with anchors and nesting limited; refuses an empty, too large (more than
     * {@code maxChars} characters) or syntactically broken file with {@link InvalidYamlException}.
     */
    public static Node compose(String source, int maxChars) {
        if (source == null || source.isBlank()) {
            throw new InvalidYamlException(List.of(new YamlProblem(1, "empty", List.of())));
        }
        if (source.length() > maxChars) {
            throw new InvalidYamlException(List.of(new YamlProblem(1, "tooLarge", List.of(maxChars))));
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by fields() with both lines
            options.setMaxAliasesForCollections(10);
            options.setNestingDepthLimit(20);
            root = new Yaml(options).compose(new StringReader(source));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new InvalidYamlException(
                    List.of(new YamlProblem(line, "syntax", List.of(String.valueOf(e.getProblem())))));
        } catch (YAMLException e) {
            throw new InvalidYamlException(List.of(new YamlProblem(1, "syntax", List.of("YAML"))));
        }
        if (root == null) {
            throw new InvalidYamlException(List.of(new YamlProblem(1, "empty", List.of())));
        }
        return root;
    }

    protected final Map<String, Node> fields(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "mapping", what);
            return null;
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String name = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!allowed.contains(name)) {
                problem(t.getKeyNode(), "unknown", name, what);
            } else if (fields.containsKey(name)) {
                problem(t.getKeyNode(), "duplicateField", name, lines.get(name));
            } else {
                fields.put(name, t.getValueNode());
                lines.put(name, line(t.getKeyNode()));
            }
        }
        return fields;
    }

    protected final <T> List<T> list(
            Map<String, Node> f, Node parent, String name, java.util.function.Function<Node, T> item) {
        Node node = f.get(name);
        if (node == null) {
            problem(parent, "required", name);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Node n : items(node, name)) {
            T t = item.apply(n);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    protected final List<Node> items(Node node, String name) {
        if (!(node instanceof SequenceNode seq)) {
            problem(node, "list", name);
            return List.of();
        }
        if (seq.getValue().isEmpty()) {
            problem(node, "emptyList", name);
        }
        return seq.getValue();
    }

    protected final String scalar(Node node, String name) {
        if (!(node instanceof ScalarNode s)) {
            problem(node, "scalar", name);
            return null;
        }
        return s.getValue();
    }

    protected final String text(Map<String, Node> f, Node parent, String name, boolean required, int max) {
        Node node = f.get(name);
        if (node == null) {
            if (required) {
                problem(parent, "required", name);
            }
            return null;
        }
        String v = scalar(node, name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        if (required && v.isEmpty()) {
            problem(node, "required", name);
        } else if (v.length() > max) {
            problem(node, "tooLong", name, max);
        }
        return v.isEmpty() ? null : v;
    }

    protected final String key(Map<String, Node> f, Node parent, String name) {
        String v = text(f, parent, name, true, 40);
        if (v != null && !v.matches(KEY_PATTERN)) {
            problem(f.get(name), "key", v);
        }
        return v;
    }

    protected final Integer integer(Map<String, Node> f, Node parent, String name, int min, int max) {
        Node node = f.get(name);
        if (node == null) {
            problem(parent, "required", name);
            return null;
        }
        String v = scalar(node, name);
        try {
            int i = Integer.parseInt(v == null ? "x" : v.strip());
            if (i < min || i > max) {
                problem(node, "range", name, min, max);
            }
            return i;
        } catch (NumberFormatException e) {
            problem(node, "integer", name);
            return null;
        }
    }

    protected final String choice(
            Map<String, Node> f, Node parent, String name, Set<String> allowed, boolean required) {
        String v = text(f, parent, name, required, 40);
        if (v != null && !allowed.contains(v)) {
            problem(
                    f.get(name),
                    "choice",
                    name,
                    v,
                    String.join(", ", allowed.stream().sorted().toList()));
        }
        return v;
    }

    protected final void problem(Node node, String code, Object... args) {
        problems.add(new YamlProblem(line(node), code, List.of(args)));
    }

    /** The 1-based line {@code node} starts on; 1 when unknown. */
    public static int line(Node node) {
        return node == null || node.getStartMark() == null
                ? 1
                : node.getStartMark().getLine() + 1;
    }
}
