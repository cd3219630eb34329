package nl.weerbaar.insights.settings;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kind of each department of the current municipality, for the benchmark. Unset means {@code OTHER}. */
@Repository("insightsDepartmentCategories")
public class DepartmentCategories {

    public static final List<String> CATEGORIES = List.of(
            "PUBLIC_SERVICES",
            "PERMITS",
            "ENFORCEMENT",
            "SOCIAL",
            "TAXES",
            "FINANCE",
            "PUBLIC_ORDER",
            "GOVERNANCE",
            "SUPPORT",
            "OTHER");

    private final JdbcClient jdbc;

    DepartmentCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, String> all() {
        return jdbc
                .sql("SELECT department_id, category FROM insights_department_category WHERE tenant_id = ?")
                .param(TenantContext.require())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Sets the kind of a department; {@code category} must be one of {@link #CATEGORIES}. */
    public void set(UUID department, String category) {
        jdbc.sql("""
        INSERT INTO insights_department_category (tenant_id, department_id, category) VALUES (?, ?, ?)
        ON CONFLICT (tenant_id, department_id) DO UPDATE SET category = excluded.category""").params(TenantContext.require(), department, category).update();
    }
}
