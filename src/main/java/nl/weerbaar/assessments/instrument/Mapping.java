package nl.weerbaar.assessments.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed, valid mapping between instruments: links between equivalent questions of two instruments, each with
 * the conversion of answer values in both directions. A link works from {@code a} to {@code b} always, and from
 * {@code b} to {@code a} when its conversion is one-to-one. Immutable.
 */
public record Mapping(String key, int version, String title, String description, List<Link> links) {

    /** One side of a link: an instrument (by key, any version) and a question of it. */
    public record Ref(String instrument, String question) {
        @Override
        public String toString() {
            return instrument + "/" + question;
        }
    }

    /**
     * Equivalent questions {@code a} and {@code b}. {@code aToB} converts a's values to b's (null: same type, values
     * stay); {@code bToA} the other way round (null with {@code reversible} false: b's answers are not taken over
     * into a).
     */
    public record Link(Ref a, Ref b, Map<String, String> aToB, Map<String, String> bToA, boolean reversible) {}

    /** A question an answer can be taken over from, and how its values convert (null: unchanged). */
    public record Source(Ref from, Map<String, String> values) {
        /** The converted value, or null when the value has no counterpart. */
        public String convert(String value) {
            return values == null ? value : values.get(value);
        }
    }

    /** Every question whose answer can be taken over into {@code instrument}'s {@code question}. */
    public List<Source> sourcesFor(String instrument, String question) {
        Ref target = new Ref(instrument, question);
        List<Source> out = new ArrayList<>();
        for (Link l : links) {
            if (l.b().equals(target)) {
                out.add(new Source(l.a(), l.aToB()));
            } else if (l.a().equals(target) && l.reversible()) {
                out.add(new Source(l.b(), l.bToA()));
            }
        }
        return out;
    }

    /** Links that touch the instrument with this key. */
    public List<Link> linksOf(String instrument) {
        return links.stream()
                .filter(l -> l.a().instrument().equals(instrument)
                        || l.b().instrument().equals(instrument))
                .toList();
    }
}
