package nl.weerbaar.assessments.instrument;

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
 * Schema checks on a YAML node tree, shared by the instrument and mapping parsers: each check reports its
 * problem with the line of the node it concerns and goes on, so one pass finds every problem.
 */
abstract class YamlChecks {

    static final String KEY_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    final List<InstrumentProblem> problems = new ArrayList<>();

    /** The node tree of {@code source}; refuses an empty, too large or syntactically broken file. */
    static Node compose(String source, int maxChars) {
        if (source == null || source.isBlank()) {
            throw new InvalidInstrumentException(List.of(new InstrumentProblem(1, "empty", List.of())));
        }
        if (source.length() > maxChars) {
            throw new InvalidInstrumentException(List.of(new InstrumentProblem(1, "tooLarge", List.of(maxChars))));
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
            throw new InvalidInstrumentException(
                    List.of(new InstrumentProblem(line, "syntax", List.of(String.valueOf(e.getProblem())))));
        } catch (YAMLException e) {
            throw new InvalidInstrumentException(List.of(new InstrumentProblem(1, "syntax", List.of("YAML"))));
        }
        if (root == null) {
            throw new InvalidInstrumentException(List.of(new InstrumentProblem(1, "empty", List.of())));
        }
        return root;
    }

    Map<String, Node> fields(Node node, String what, Set<String> allowed) {
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

    <T> List<T> list(Map<String, Node> f, Node parent, String name, java.util.function.Function<Node, T> item) {
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

    List<Node> items(Node node, String name) {
        if (!(node instanceof SequenceNode seq)) {
            problem(node, "list", name);
            return List.of();
        }
        if (seq.getValue().isEmpty()) {
            problem(node, "emptyList", name);
        }
        return seq.getValue();
    }

    String scalar(Node node, String name) {
        if (!(node instanceof ScalarNode s)) {
            problem(node, "scalar", name);
            return null;
        }
        return s.getValue();
    }

    String text(Map<String, Node> f, Node parent, String name, boolean required, int max) {
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

    String key(Map<String, Node> f, Node parent, String name) {
        String v = text(f, parent, name, true, 40);
        if (v != null && !v.matches(KEY_PATTERN)) {
            problem(f.get(name), "key", v);
        }
        return v;
    }

    Integer integer(Map<String, Node> f, Node parent, String name, int min, int max) {
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

    String choice(Map<String, Node> f, Node parent, String name, Set<String> allowed, boolean required) {
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

    void problem(Node node, String code, Object... args) {
        problems.add(new InstrumentProblem(line(node), code, List.of(args)));
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null
                ? 1
                : node.getStartMark().getLine() + 1;
    }
}
