package nl.weerbaar.assessments.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instrument.Phase;
import nl.weerbaar.assessments.instrument.Instrument.Pillar;
import nl.weerbaar.assessments.instrument.Instrument.Question;

/**
 * Turns answers into a score and phase per pillar. A pillar's score is the weighted mean of its scored answers
 * as a percentage (0–100); questions not yet answered and unscored types (number, text) do not count. A pillar
 * without any scored answer has no score and no phase.
 */
public final class Scoring {

    /** {@code percent} and {@code phase} are null when nothing scored was answered. */
    public record PillarScore(String key, String title, Double percent, Phase phase, int answered, int total) {
        public long rounded() {
            return percent == null ? 0 : Math.round(percent);
        }
    }

    private Scoring() {}

    /** Scores of every pillar, in the instrument's order; {@code values} maps question key to answer value. */
    public static List<PillarScore> score(Instrument instrument, Map<String, String> values) {
        List<PillarScore> scores = new ArrayList<>();
        for (Pillar p : instrument.pillars()) {
            double sum = 0;
            double weights = 0;
            int answered = 0;
            for (Question q : p.questions()) {
                String v = values.get(q.key());
                if (v != null && !v.isBlank()) {
                    answered++;
                }
                Double s = q.type().score(v);
                if (s != null) {
                    sum += s * q.weight();
                    weights += q.weight();
                }
            }
            Double percent = weights == 0 ? null : 100.0 * sum / weights;
            scores.add(new PillarScore(
                    p.key(),
                    p.title(),
                    percent,
                    percent == null ? null : instrument.phaseFor(percent),
                    answered,
                    p.questions().size()));
        }
        return scores;
    }
}
