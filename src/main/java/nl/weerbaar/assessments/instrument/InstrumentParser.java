package nl.weerbaar.assessments.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.platform.YamlChecks;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an instrument from YAML and checks it against the instrument schema (the format is described in {@code docs/instruments.md}):
 * either a complete {@link Instrument} or an {@link InvalidInstrumentException} listing every problem with its
 * line. Works on the YAML node tree, so each problem knows where it is. Thread-safe.
 */
public final class InstrumentParser {

    /** Largest accepted file. */
    public static final int MAX_CHARS = 1_000_000;
    /**
     * Most questions in one pillar. A pillar is answered and saved as one form with four fields per question (answer,
     * comment, link, file), so this cap also sets how many parts a saved section may have (see
     * {@code SectionUploads}).
     */
    public static final int MAX_QUESTIONS_PER_PILLAR = 40;

    static final Set<String> KINDS = Set.of("scan", "baseline", "checklist");
    static final Set<String> PRIORITIES = Set.of("low", "medium", "high");

    /** Parses {@code source}; throws {@link InvalidInstrumentException} when it is not a valid instrument. */
    public Instrument parse(String source) {
        Run run = new Run();
        Node root = InvalidInstrumentException.compose(source, MAX_CHARS);
        Instrument instrument = run.instrument(root);
        if (!run.problems().isEmpty()) {
            throw InvalidInstrumentException.of(run.problems());
        }
        return instrument;
    }

    /** The state of one parse: the problems found so far and the question keys seen. */
    private static final class Run extends YamlChecks {
        final Map<String, Integer> keysSeen = new HashMap<>();

        Instrument instrument(Node root) {
            Map<String, Node> f = fields(
                    root, "instrument", Set.of("key", "version", "title", "description", "kind", "phases", "pillars"));
            if (f == null) {
                return null;
            }
            String key = key(f, root, "key");
            Integer version = integer(f, root, "version", 1, 100_000);
            String title = text(f, root, "title", true, 200);
            String description = text(f, root, "description", false, 4000);
            String kind = choice(f, root, "kind", KINDS, true);
            List<Instrument.Phase> phases = phases(f.get("phases"), root);
            List<Instrument.Pillar> pillars = list(f, root, "pillars", this::pillar);
            return new Instrument(key, version == null ? 0 : version, title, description, kind, phases, pillars);
        }

        List<Instrument.Phase> phases(Node node, Node parent) {
            if (node == null) {
                problem(parent, "required", "phases");
                return List.of();
            }
            List<Instrument.Phase> phases = new ArrayList<>();
            int previous = -1;
            for (Node item : items(node, "phases")) {
                Map<String, Node> f = fields(item, "phase", Set.of("from", "label", "description"));
                if (f == null) {
                    continue;
                }
                Integer from = integer(f, item, "from", 0, 100);
                String label = text(f, item, "label", true, 120);
                if (from != null) {
                    if (previous < 0 && from != 0) {
                        problem(item, "phaseStart");
                    } else if (previous >= 0 && from <= previous) {
                        problem(item, "phaseOrder", from, previous);
                    }
                    previous = from;
                }
                phases.add(new Instrument.Phase(
                        from == null ? 0 : from, label, text(f, item, "description", false, 1000)));
            }
            return phases;
        }

        Instrument.Pillar pillar(Node node) {
            Map<String, Node> f = fields(node, "pillar", Set.of("key", "title", "themes"));
            if (f == null) {
                return null;
            }
            String key = uniqueKey(f, node);
            String title = text(f, node, "title", true, 200);
            List<Instrument.Theme> themes = list(f, node, "themes", this::theme);
            int questions = themes.stream()
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(t -> t.questions() == null ? 0 : t.questions().size())
                    .sum();
            if (questions > MAX_QUESTIONS_PER_PILLAR) {
                problem(node, "pillarSize", key == null ? "?" : key, questions, MAX_QUESTIONS_PER_PILLAR);
            }
            return new Instrument.Pillar(key, title, themes);
        }

        Instrument.Theme theme(Node node) {
            Map<String, Node> f = fields(node, "theme", Set.of("key", "title", "owner", "priority", "questions"));
            if (f == null) {
                return null;
            }
            return new Instrument.Theme(
                    uniqueKey(f, node),
                    text(f, node, "title", true, 200),
                    text(f, node, "owner", false, 120),
                    choice(f, node, "priority", PRIORITIES, false),
                    list(f, node, "questions", this::question));
        }

        Instrument.Question question(Node node) {
            Map<String, Node> f =
                    fields(node, "question", Set.of("key", "text", "type", "weight", "guidance", "measure"));
            if (f == null) {
                return null;
            }
            String key = uniqueKey(f, node);
            String text = text(f, node, "text", true, 1000);
            AnswerType type = null;
            String typeCode = text(f, node, "type", true, 40);
            if (typeCode != null) {
                type = AnswerType.byCode(typeCode);
                if (type == null) {
                    problem(
                            f.get("type"),
                            "choice",
                            "type",
                            typeCode,
                            "yes-partly-no, scale-1-5, green-orange-red, number, text");
                }
            }
            double weight = 1;
            if (f.containsKey("weight")) {
                String w = scalar(f.get("weight"), "weight");
                try {
                    weight = Double.parseDouble(w == null ? "x" : w);
                    if (weight <= 0 || weight > 100) {
                        problem(f.get("weight"), "range", "weight", 0, 100);
                    }
                } catch (NumberFormatException e) {
                    problem(f.get("weight"), "number", "weight");
                }
            }
            return new Instrument.Question(
                    key,
                    text,
                    type,
                    weight,
                    text(f, node, "guidance", false, 2000),
                    text(f, node, "measure", false, 1000));
        }

        /** A key of a pillar, theme or question: unique within the whole instrument. */
        String uniqueKey(Map<String, Node> f, Node parent) {
            String v = key(f, parent, "key");
            if (v != null) {
                Integer earlier = keysSeen.putIfAbsent(v, line(f.get("key")));
                if (earlier != null) {
                    problem(f.get("key"), "duplicateKey", v, earlier);
                }
            }
            return v;
        }
    }
}
