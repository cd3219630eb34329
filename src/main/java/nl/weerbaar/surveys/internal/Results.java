package nl.weerbaar.surveys.internal;

import java.util.List;
import java.util.Map;

/**
 * The results of a closed survey as they may be shown. {@code enough} is false when the survey has fewer
 * respondents than its minimum group size: then {@code groups} and {@code rows} are empty.
 * {@code selected} is the group whose answer distribution is given per row (null: the whole municipality).
 */
public record Results(
        Survey survey,
        boolean enough,
        long respondents,
        List<Group> groups,
        List<Row> rows,
        String selected,
        long benchmarkMunicipalities,
        boolean hasBaseline) {

    /** A shown group: a department, or {@link Suppression#OTHER}. {@code label} is null for "other". */
    public record Group(String key, String label, long n) {}

    /**
     * One question. {@code cells} has an entry per shown group key; a missing entry means hidden.
     * {@code baseline} and {@code benchmark} may be null. {@code distribution} counts answers per option in the
     * selected group (null when hidden or for free-text questions).
     */
    public record Row(
            Question question,
            Map<String, Share> cells,
            Share total,
            Share baseline,
            Share benchmark,
            List<Long> distribution) {

        public Share cell(String key) {
            return cells.get(key);
        }
    }
}
