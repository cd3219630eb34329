package nl.weerbaar.surveys.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The pooled figures of other municipalities that opted in, from the owner function {@code survey_benchmark}
 * (aggregates only, never names; nothing unless the current municipality opted in and three others contribute).
 */
@Service
class Benchmark {

    /** Answer totals per question code and option, and how many municipalities they pool. */
    record Figures(Map<String, Map<Integer, Long>> answers, long municipalities) {

        /** The headline share of {@code q} among the others, or null when there are no figures. */
        Share share(Question q) {
            Map<Integer, Long> values = answers.get(q.code());
            return values == null || !q.choice() ? null : ResultsService.share(q, values);
        }
    }

    private final JdbcClient jdbc;

    Benchmark(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures figures(Variant variant, int minGroupSize) {
        Map<String, Map<Integer, Long>> answers = new HashMap<>();
        long[] municipalities = {0};
        jdbc.sql("SELECT question_code, value, n, municipalities FROM survey_benchmark(?, ?)")
                .params(variant.name(), minGroupSize)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getString(1), x -> new HashMap<>())
                            .put(rs.getInt(2), rs.getLong(3));
                    municipalities[0] = Math.max(municipalities[0], rs.getLong(4));
                });
        answers.remove("_n");
        return new Figures(answers, municipalities[0]);
    }
}
