package nl.weerbaar.training.learning;

import java.util.List;

/**
 * FSRS-6, the Free Spaced Repetition Scheduler, with its published default parameters (ADR 0900): no training of the
 * parameters per person. Each formula below is the algorithm's, named as in its description; {@code w} are the 21
 * parameters w0 … w20.
 *
 * <ul>
 *   <li>forgetting curve: R(t, S) = (1 + F · t / S)^(−w20), with F = 0.9^(−1/w20) − 1, so that R(S, S) = 0.9;
 *   <li>interval for a desired retention r: I(r, S) = S / F · (r^(−1/w20) − 1);
 *   <li>first answer: S0(G) = w[G−1]; D0(G) = w4 − e^(w5·(G−1)) + 1;
 *   <li>difficulty: ΔD = −w6 · (G − 3); D′ = D + ΔD · (10 − D) / 9; D″ = w7 · D0(4) + (1 − w7) · D′;
 *   <li>recalled (G ≥ 2): S′ = S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^(w10·(1−R)) − 1) · (w15 if hard) · (w16 if
 *       easy));
 *   <li>forgotten (G = 1): S′ = min(w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^(w14·(1−R)), S / e^(w17·w18));
 *   <li>the same day: S′ = S · e^(w17·(G − 3 + w18)) · S^(−w19), not below S when the answer was good or easy.
 * </ul>
 *
 * Difficulty stays within [1, 10], stability at least 0.001 days; an interval is at most 36,500 days.
 */
public final class Fsrs implements Recall {

    /** FSRS-6's published default parameters w0 … w20. */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(
            0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112, 1.0178, 1.849, 0.1133, 0.3127,
            2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2);

    static final double MIN_STABILITY = 0.001;
    static final long MAX_INTERVAL = 36_500;

    private final double[] w;
    private final double decay;
    private final double factor;

    public Fsrs() {
        this(DEFAULT_PARAMETERS);
    }

    Fsrs(List<Double> parameters) {
        if (parameters.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 parameters");
        }
        this.w = parameters.stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    @Override
    public Memory first(Grade grade) {
        return new Memory(Math.max(MIN_STABILITY, w[grade.value - 1]), clampDifficulty(initialDifficulty(grade.value)));
    }

    @Override
    public Memory next(Memory m, Grade grade, long elapsedDays) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("an answer cannot come before the previous one");
        }
        double stability;
        if (elapsedDays == 0) {
            stability = sameDayStability(m.stability(), grade.value);
        } else {
            double r = retrievability(m, elapsedDays);
            stability = grade == Grade.AGAIN
                    ? forgottenStability(m.stability(), m.difficulty(), r)
                    : recalledStability(m.stability(), m.difficulty(), r, grade.value);
        }
        return new Memory(Math.max(MIN_STABILITY, stability), nextDifficulty(m.difficulty(), grade.value));
    }

    @Override
    public double retrievability(Memory m, double elapsedDays) {
        return Math.pow(1 + factor * elapsedDays / m.stability(), decay);
    }

    @Override
    public long intervalDays(Memory m, double retention) {
        if (retention <= 0 || retention >= 1) {
            throw new IllegalArgumentException("retention is a chance between 0 and 1");
        }
        double days = m.stability() / factor * (Math.pow(retention, 1 / decay) - 1);
        return Math.min(MAX_INTERVAL, Math.max(1, Math.round(days)));
    }

    double initialDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1;
    }

    double nextDifficulty(double d, int g) {
        double delta = -w[6] * (g - 3);
        double damped = d + delta * (10 - d) / 9;
        double reverted = w[7] * initialDifficulty(4) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    double recalledStability(double s, double d, double r, int g) {
        double hard = g == 2 ? w[15] : 1;
        double easy = g == 4 ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1) * hard * easy);
    }

    double forgottenStability(double s, double d, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(longTerm, s / Math.exp(w[17] * w[18]));
    }

    double sameDayStability(double s, int g) {
        double increase = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(s, -w[19]);
        if (g >= 3) {
            increase = Math.max(increase, 1);
        }
        return s * increase;
    }

    private static double clampDifficulty(double d) {
        return Math.min(10, Math.max(1, d));
    }
}
