package nl.weerbaar.processes.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A likelihood × impact matrix of configurable size. A score is classified by its share of the maximum score:
 * up to 20% low, up to 40% medium, up to 60% high, above that very high (on 5×5: 1–5, 6–10, 11–15, 16–25).
 */
public record RiskMatrix(int likelihoodLevels, int impactLevels) {

    public enum Level {
        LOW,
        MEDIUM,
        HIGH,
        VERY_HIGH
    }

    public RiskMatrix {
        if (likelihoodLevels < 3 || likelihoodLevels > 10 || impactLevels < 3 || impactLevels > 10) {
            throw new IllegalArgumentException("matrix size out of range");
        }
    }

    public static RiskMatrix standard() {
        return new RiskMatrix(5, 5);
    }

    public boolean accepts(int likelihood, int impact) {
        return likelihood >= 1 && likelihood <= likelihoodLevels && impact >= 1 && impact <= impactLevels;
    }

    /** The level of a cell; throws when the cell lies outside the matrix. */
    public Level level(int likelihood, int impact) {
        if (!accepts(likelihood, impact)) {
            throw new IllegalArgumentException("cell outside the matrix");
        }
        double share = (double) likelihood * impact / (likelihoodLevels * impactLevels);
        if (share <= 0.2) {
            return Level.LOW;
        }
        if (share <= 0.4) {
            return Level.MEDIUM;
        }
        return share <= 0.6 ? Level.HIGH : Level.VERY_HIGH;
    }

    /** Likelihood values from 1 up. */
    public List<Integer> likelihoods() {
        return range(likelihoodLevels);
    }

    /** Impact values from the highest down, as a heat map shows its rows. */
    public List<Integer> impactsDescending() {
        List<Integer> r = new ArrayList<>(range(impactLevels));
        java.util.Collections.reverse(r);
        return r;
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            r.add(i);
        }
        return r;
    }
}
