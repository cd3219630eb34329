package nl.weerbaar.assessments.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed, valid instrument: pillars of themes of questions, phases that turn a pillar score into a maturity
 * phase. Immutable. Question keys are unique within the instrument.
 */
public record Instrument(
        String key,
        int version,
        String title,
        String description,
        String kind,
        List<Phase> phases,
        List<Pillar> pillars) {

    /** A maturity phase reached from {@code from} percent (0–100) of a pillar's score. */
    public record Phase(int from, String label, String description) {}

    public record Pillar(String key, String title, List<Theme> themes) {
        public List<Question> questions() {
            return themes.stream().flatMap(t -> t.questions().stream()).toList();
        }
    }

    /** {@code owner} and {@code priority} may be null (baseline lists name them per theme). */
    public record Theme(String key, String title, String owner, String priority, List<Question> questions) {}

    /** {@code guidance} and {@code measure} (the suggested measure for a gap) may be null; weight &gt; 0. */
    public record Question(String key, String text, AnswerType type, double weight, String guidance, String measure) {}

    public Map<String, Question> questionsByKey() {
        Map<String, Question> all = new LinkedHashMap<>();
        pillars.forEach(p -> p.questions().forEach(q -> all.put(q.key(), q)));
        return all;
    }

    public Optional<Pillar> pillar(String pillarKey) {
        return pillars.stream().filter(p -> p.key().equals(pillarKey)).findFirst();
    }

    /** The pillar a question belongs to. */
    public Optional<Pillar> pillarOf(String questionKey) {
        return pillars.stream()
                .filter(p -> p.questions().stream().anyMatch(q -> q.key().equals(questionKey)))
                .findFirst();
    }

    /** The phase reached with {@code percent} (0–100); phases start at 0, so there always is one. */
    public Phase phaseFor(double percent) {
        Phase reached = phases.get(0);
        for (Phase p : phases) {
            if (percent + 1e-9 >= p.from()) {
                reached = p;
            }
        }
        return reached;
    }

    public int questionCount() {
        return pillars.stream().mapToInt(p -> p.questions().size()).sum();
    }
}
