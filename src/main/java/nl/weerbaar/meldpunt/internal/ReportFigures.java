package nl.weerbaar.meldpunt.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaar.meldpunt.MeldpuntFigures;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link MeldpuntFigures} in two grouped queries over the reports and the proofs of deletion. */
@Service
class ReportFigures implements MeldpuntFigures {

    static final String OPEN = "OPEN";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures received(LocalDate from, LocalDate until) {
        var tenant = TenantContext.require();
        Map<String, Long> perKind = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            perKind.put(k.name(), 0L);
        }
        Map<String, Long> perOutcome = new LinkedHashMap<>();
        for (String o : new String[] {OPEN, "NO_FURTHER_ACTION", "INTERNAL_INVESTIGATION", "REFERRAL", "MEASURES"}) {
            perOutcome.put(o, 0L);
        }
        long[] total = {0};
        jdbc.sql("""
                SELECT kind, coalesce(outcome, 'OPEN') AS outcome, count(*) AS n
                  FROM (SELECT kind, outcome FROM meldpunt_report
                         WHERE tenant_id = :tenant AND received_on >= :from AND received_on < :until
                        UNION ALL
                        SELECT kind, outcome FROM meldpunt_deletion
                         WHERE tenant_id = :tenant AND received_on >= :from AND received_on < :until) r
                 GROUP BY 1, 2""")
                .param("tenant", tenant)
                .param("from", from)
                .param("until", until)
                .query((rs, n) -> {
                    long count = rs.getLong("n");
                    perKind.merge(rs.getString("kind"), count, Long::sum);
                    perOutcome.merge(rs.getString("outcome"), count, Long::sum);
                    total[0] += count;
                    return null;
                })
                .list();
        // the acknowledgement is due 7 calendar days after receipt (ADR 0601); only reports still kept know its day
        LocalDate today = DutchTime.today(clock);
        long[] deadline = jdbc.sql("""
                SELECT count(*) AS due,
                       count(*) FILTER (WHERE acknowledged_on IS NOT NULL AND acknowledged_on <= received_on + 7)
                         AS in_time
                  FROM meldpunt_report
                 WHERE tenant_id = :tenant AND received_on >= :from AND received_on < :until
                   AND (received_on + 7 <= :today OR acknowledged_on IS NOT NULL)""")
                .param("tenant", tenant)
                .param("from", from)
                .param("until", until)
                .param("today", today)
                .query((rs, n) -> new long[] {rs.getLong("due"), rs.getLong("in_time")})
                .single();
        return new Figures(perKind, perOutcome, total[0], deadline[0], deadline[1]);
    }
}
