package nl.weerbaar.assessments.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.weerbaar.platform.YamlChecks;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a mapping between instruments from YAML and checks it, like {@link InstrumentParser}: every problem with
 * its line, nothing half-accepted. References are checked against the instruments the municipality has
 * ({@code instruments}: key to the newest version): the instrument and question must exist, and answers of
 * different types need a conversion that covers every value of the source type with a value of the target type.
 *
 * <pre>
 * key: kruisverwijzing
 * version: 1
 * title: ...
 * conversions:                      # optional: between two answer types, for every link between them
 *   - from: yes-partly-no
 *     to: green-orange-red
 *     values: {yes: green, partly: orange, no: red}
 * links:
 *   - a: weerbaarheidsscan/BH.4.4   # instrument key / question key
 *     b: vpt-checklist/VPT.5
 *     values: {...}                 # optional: a's values to b's, instead of a conversion
 * </pre>
 */
public final class MappingParser {

    private final Function<String, Optional<Instrument>> instruments;

    public MappingParser(Function<String, Optional<Instrument>> instruments) {
        this.instruments = instruments;
    }

    /** Parses {@code source}; throws {@link InvalidInstrumentException} when it is not a valid mapping. */
    public Mapping parse(String source) {
        Run run = new Run();
        Node root = InvalidInstrumentException.compose(source, InstrumentParser.MAX_CHARS);
        Mapping mapping = run.mapping(root);
        if (!run.problems().isEmpty()) {
            throw InvalidInstrumentException.of(run.problems());
        }
        return mapping;
    }

    private final class Run extends YamlChecks {
        /** Conversions by "from>to" type codes. */
        final Map<String, Map<String, String>> conversions = new HashMap<>();

        final Map<String, Integer> linksSeen = new HashMap<>();

        Mapping mapping(Node root) {
            Map<String, Node> f =
                    fields(root, "mapping", Set.of("key", "version", "title", "description", "conversions", "links"));
            if (f == null) {
                return null;
            }
            String key = key(f, root, "key");
            Integer version = integer(f, root, "version", 1, 100_000);
            String title = text(f, root, "title", true, 200);
            String description = text(f, root, "description", false, 4000);
            if (f.containsKey("conversions")) {
                items(f.get("conversions"), "conversions").forEach(this::conversion);
            }
            List<Mapping.Link> links = list(f, root, "links", this::link);
            return new Mapping(key, version == null ? 0 : version, title, description, links);
        }

        void conversion(Node node) {
            Map<String, Node> f = fields(node, "conversion", Set.of("from", "to", "values"));
            if (f == null) {
                return;
            }
            AnswerType from = type(f, node, "from");
            AnswerType to = type(f, node, "to");
            if (from == null || to == null) {
                return;
            }
            if (from == to) {
                problem(node, "sameType", from.code());
                return;
            }
            Map<String, String> values = values(f.get("values"), node, from, to);
            if (values != null && conversions.putIfAbsent(from.code() + ">" + to.code(), values) != null) {
                problem(node, "duplicateConversion", from.code(), to.code());
            }
        }

        Mapping.Link link(Node node) {
            Map<String, Node> f = fields(node, "link", Set.of("a", "b", "values"));
            if (f == null) {
                return null;
            }
            Resolved a = ref(f, node, "a");
            Resolved b = ref(f, node, "b");
            if (a == null || b == null) {
                return null;
            }
            if (a.ref().instrument().equals(b.ref().instrument())) {
                problem(f.get("b"), "sameInstrument", a.ref().instrument());
                return null;
            }
            String pair = a.ref() + "=" + b.ref();
            Integer earlier = linksSeen.putIfAbsent(pair, line(node));
            if (earlier == null) {
                earlier = linksSeen.putIfAbsent(b.ref() + "=" + a.ref(), line(node));
            }
            if (earlier != null) {
                problem(node, "duplicateLink", a.ref() + " — " + b.ref(), earlier);
                return null;
            }
            AnswerType ta = a.question().type();
            AnswerType tb = b.question().type();
            Map<String, String> aToB;
            if (f.containsKey("values")) {
                aToB = values(f.get("values"), node, ta, tb);
                if (aToB == null) {
                    return null;
                }
            } else if (ta == tb) {
                aToB = null;
            } else if (conversions.containsKey(ta.code() + ">" + tb.code())) {
                aToB = conversions.get(ta.code() + ">" + tb.code());
            } else if (conversions.containsKey(tb.code() + ">" + ta.code())
                    && inverse(conversions.get(tb.code() + ">" + ta.code())) != null
                    && inverse(conversions.get(tb.code() + ">" + ta.code()))
                            .keySet()
                            .containsAll(ta.choices())) {
                aToB = inverse(conversions.get(tb.code() + ">" + ta.code()));
            } else {
                problem(node, "noConversion", ta.code(), tb.code());
                return null;
            }
            Map<String, String> bToA = aToB == null ? null : inverse(aToB);
            // b's answers go back into a only when no two of a's values became the same value of b
            return new Mapping.Link(a.ref(), b.ref(), aToB, bToA, aToB == null || bToA != null);
        }

        record Resolved(Mapping.Ref ref, Instrument.Question question) {}

        Resolved ref(Map<String, Node> f, Node parent, String name) {
            String v = text(f, parent, name, true, 90);
            if (v == null) {
                return null;
            }
            int slash = v.indexOf('/');
            if (slash <= 0 || slash == v.length() - 1) {
                problem(f.get(name), "reference", v);
                return null;
            }
            String instrumentKey = v.substring(0, slash);
            String questionKey = v.substring(slash + 1);
            Optional<Instrument> instrument = instruments.apply(instrumentKey);
            if (instrument.isEmpty()) {
                problem(f.get(name), "unknownInstrument", instrumentKey);
                return null;
            }
            Instrument.Question q = instrument.get().questionsByKey().get(questionKey);
            if (q == null) {
                problem(f.get(name), "unknownQuestion", questionKey, instrumentKey);
                return null;
            }
            return new Resolved(new Mapping.Ref(instrumentKey, questionKey), q);
        }

        AnswerType type(Map<String, Node> f, Node parent, String name) {
            String code = text(f, parent, name, true, 40);
            if (code == null) {
                return null;
            }
            AnswerType t = AnswerType.byCode(code);
            if (t == null || !t.scored()) {
                problem(f.get(name), "choice", name, code, "yes-partly-no, scale-1-5, green-orange-red");
            }
            return t == null || !t.scored() ? null : t;
        }

        /** A value map from {@code from}'s values to {@code to}'s, covering every value of {@code from}. */
        Map<String, String> values(Node node, Node parent, AnswerType from, AnswerType to) {
            if (node == null) {
                problem(parent, "required", "values");
                return null;
            }
            if (!from.scored() || !to.scored()) {
                problem(node, "unscoredConversion", from.code(), to.code());
                return null;
            }
            if (!(node instanceof MappingNode m)) {
                problem(node, "mapping", "values");
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            int before = problems().size();
            for (NodeTuple t : m.getValue()) {
                String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                String v = scalar(t.getValueNode(), "values");
                if (!from.choices().contains(k)) {
                    problem(t.getKeyNode(), "value", k, from.code(), String.join(", ", from.choices()));
                } else if (out.containsKey(k)) {
                    problem(t.getKeyNode(), "duplicateField", k, line(node));
                } else if (v != null && !to.choices().contains(v)) {
                    problem(t.getValueNode(), "value", v, to.code(), String.join(", ", to.choices()));
                } else if (v != null) {
                    out.put(k, v);
                }
            }
            List<String> missing = new ArrayList<>(from.choices());
            missing.removeAll(out.keySet());
            if (problems().size() == before && !missing.isEmpty()) {
                problem(node, "valuesMissing", String.join(", ", missing));
            }
            return problems().size() == before ? Map.copyOf(out) : null;
        }

        /** The inverse of a one-to-one map; null when two values map to the same value. */
        Map<String, String> inverse(Map<String, String> map) {
            Map<String, String> out = new HashMap<>();
            for (Map.Entry<String, String> e : map.entrySet()) {
                if (out.putIfAbsent(e.getValue(), e.getKey()) != null) {
                    return null;
                }
            }
            return Map.copyOf(out);
        }
    }
}
