package nl.weerbaar.surveys.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.chart.Chart;
import nl.weerbaar.platform.chart.Datum;
import nl.weerbaar.platform.chart.Diverging;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The answers of a closed survey as diverging stacked bars (ADR 0017): one chart per answer scale, one bar per
 * question, for the group the page shows (a department or the whole municipality). Right of the centre line are the
 * answers that count towards the question's headline share (its indicator), so the benchmark's share of those
 * answers is a mark on the same side. A question is drawn only when its indicator is the end of its scale, possibly
 * after a neutral answer ("Helemaal oneens … Helemaal eens", "Nooit … Vaker dan vijf keer", "Nee / Ja"); answers
 * without an order ("Van wie ging het uit?") keep their list. A group too small to show hides its bars, as the table
 * hides its cells.
 */
@Component
class AnswerCharts {

    private static final String NEUTRAL = "Neutraal";

    private final MessageSource messages;

    AnswerCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether a question's answers form a scale whose indicator is its end, i.e. it is drawn as a bar. */
    static boolean drawn(Question q) {
        if (!q.choice() || q.indicator().isEmpty() || q.options().size() < 2) {
            return false;
        }
        int split = q.indicator().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = q.options().size() - 1;
        boolean tail = q.indicator().size() == last - split + 1
                && q.indicator().stream().allMatch(i -> i >= split && i <= last);
        return tail && split >= 1 && !q.options().get(0).startsWith("Niet van toepassing");
    }

    /** The neutral answer's index just left of the indicator, or -1. */
    static int middle(Question q) {
        int split = q.indicator().stream().mapToInt(Integer::intValue).min().orElseThrow();
        return split >= 2 && q.options().get(split - 1).equals(NEUTRAL) ? split - 1 : -1;
    }

    List<Chart> of(Results r, String groupLabel, Locale locale) {
        if (!r.enough()) {
            return List.of();
        }
        Map<List<String>, List<Results.Row>> byScale = new LinkedHashMap<>();
        for (Results.Row row : r.rows()) {
            if (drawn(row.question())) {
                byScale.computeIfAbsent(row.question().options(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        String hidden = text("surveys.results.hidden", locale);
        boolean withBenchmark = r.benchmarkMunicipalities() > 0;
        List<Chart> charts = new ArrayList<>();
        int n = 0;
        for (List<Results.Row> rows : byScale.values()) {
            Question first = rows.get(0).question();
            List<String> levels = first.options();
            int split =
                    first.indicator().stream().mapToInt(Integer::intValue).min().orElseThrow();
            List<String> labels = new ArrayList<>();
            List<List<Datum>> shares = new ArrayList<>();
            List<Datum> benchmark = new ArrayList<>();
            for (Results.Row row : rows) {
                Question q = row.question();
                labels.add(messages.getMessage("surveys.question.short." + q.code(), null, q.text(), locale));
                shares.add(shares(row.distribution(), levels.size(), hidden));
                benchmark.add(
                        row.benchmark() == null
                                ? Datum.hidden(hidden)
                                : Datum.of(
                                        row.benchmark().value() * 100,
                                        row.benchmark().percent() + "%"));
            }
            n++;
            charts.add(new Diverging(
                            "chart-answers-" + n,
                            messages.getMessage(
                                    "surveys.chart.answers.title",
                                    new Object[] {levels.get(0), levels.get(levels.size() - 1), groupLabel},
                                    locale),
                            messages.getMessage(
                                    "surveys.chart.answers.description",
                                    new Object[] {
                                        String.join(", ", levels.subList(split, levels.size())), withBenchmark ? 1 : 0
                                    },
                                    locale),
                            text("surveys.results.question", locale),
                            labels,
                            levels,
                            middle(first),
                            split,
                            shares,
                            text("surveys.results.benchmark", locale),
                            withBenchmark ? benchmark : null)
                    .build());
        }
        return charts;
    }

    /** Percentages of a group's answers per option; all hidden when the group is too small to show. */
    static List<Datum> shares(List<Long> counts, int levels, String hidden) {
        long total =
                counts == null ? 0 : counts.stream().mapToLong(Long::longValue).sum();
        List<Datum> row = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            if (counts == null || total == 0) {
                row.add(Datum.hidden(hidden));
            } else {
                double p = 100.0 * counts.get(i) / total;
                row.add(Datum.of(p, Math.round(p) + "%"));
            }
        }
        return row;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
