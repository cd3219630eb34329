package nl.weerbaar.insights.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The comparison with other municipalities that opted in, per kind of department, in incidents per 1,000
 * employees. Computed by the database function {@code insights_benchmark}, which reads no row of another
 * municipality into the application: it returns only the current municipality's figure and the average of
 * at least two others that each reach the small-number threshold, never their names.
 */
@Service("insightsBenchmark")
public class Benchmark {

    /** {@code othersRate} is null when fewer than two other municipalities count for this kind of department. */
    public record Line(String category, long ownCount, BigDecimal ownRate, BigDecimal othersRate, int others) {}

    private final JdbcClient jdbc;

    Benchmark(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines of the period; empty when the current municipality has not opted in or its size is unknown. */
    public List<Line> compare(Period period, int minCell) {
        return jdbc.sql("SELECT category, own_count, own_rate, others_rate, others FROM insights_benchmark(?, ?, ?)")
                .params(period.from(), period.until(), minCell)
                .query(Line.class)
                .list();
    }
}
