package nl.weerbaar.surveys.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed survey's headline shares next to the pooled benchmark of the other municipalities and, side by side,
 * each municipality that agreed to be shown by name. Aggregates only; a missing share (null) is hidden.
 * {@code names} is empty when no municipality may be named.
 */
public record Comparison(
        Survey survey, boolean enough, long benchmarkMunicipalities, List<String> names, List<Line> lines) {

    /** One choice question: own share, the others' pooled share and one share per name, in the order of names. */
    public record Line(Question question, Share own, Share others, List<Share> named) {

        /** Share of the {@code i}-th named municipality (for templates), may be null. */
        public Share named(int i) {
            return named.get(i);
        }
    }

    static Comparison of(Results results, List<NamedComparison.Named> named) {
        List<Line> lines = new ArrayList<>();
        boolean benchmark = results.benchmarkMunicipalities() > 0;
        List<NamedComparison.Named> shown = benchmark ? named : List.of();
        for (Results.Row row : results.rows()) {
            if (row.question().choice()) {
                lines.add(new Line(
                        row.question(),
                        row.total(),
                        row.benchmark(),
                        shown.stream().map(n -> n.share(row.question())).toList()));
            }
        }
        return new Comparison(
                results.survey(),
                results.enough(),
                results.benchmarkMunicipalities(),
                shown.stream().map(NamedComparison.Named::name).toList(),
                lines);
    }
}
