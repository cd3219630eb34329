package nl.weerbaar.insights.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.insights.IncidentCounts;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link IncidentCounts} on {@code insights_incident}, through its (tenant, day) index. */
@Component
class DepartmentIncidentCounts implements IncidentCounts {

    private final JdbcClient jdbc;

    DepartmentIncidentCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Long> perDepartment(LocalDate from, LocalDate until) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT department_id, count(*) AS n FROM insights_incident
                 WHERE tenant_id = ? AND occurred_on >= ? AND occurred_on < ? AND department_id IS NOT NULL
                 GROUP BY department_id""")
                .params(TenantContext.require(), from, until)
                .query((rs, n) -> counts.put(rs.getObject("department_id", UUID.class), rs.getLong("n")))
                .list();
        return counts;
    }
}
