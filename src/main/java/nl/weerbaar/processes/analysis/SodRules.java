package nl.weerbaar.processes.analysis;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The segregation-of-duty rules of the current municipality. */
@Repository
class SodRules {

    /** A rule with the number of steps that carry each of its two activities. */
    record Rule(UUID id, String name, String activityA, String activityB, boolean active, long stepsA, long stepsB) {}

    private final JdbcClient jdbc;

    SodRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Rule> list() {
        return jdbc.sql("""
        SELECT r.id, r.name, r.activity_a, r.activity_b, r.active,
               (SELECT count(*) FROM proc_step s WHERE s.activity = r.activity_a) steps_a,
               (SELECT count(*) FROM proc_step s WHERE s.activity = r.activity_b) steps_b
          FROM proc_sod_rule r ORDER BY r.name""")
                .query((rs, n) -> new Rule(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list();
    }

    /** Whether a rule for this pair of activities exists, in either order. */
    boolean exists(String a, String b) {
        return jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM proc_sod_rule WHERE (activity_a, activity_b) IN ((?, ?), (?, ?)))""").params(a, b, b, a).query(Boolean.class).single();
    }

    UUID add(String name, String a, String b) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO proc_sod_rule (id, tenant_id, name, activity_a, activity_b) VALUES (?, ?, ?, ?, ?)")
                .params(id, TenantContext.require(), name, a, b)
                .update();
        return id;
    }

    /** Switches the rule on or off; false when there is no such rule. */
    boolean toggle(UUID id) {
        return jdbc.sql("UPDATE proc_sod_rule SET active = NOT active WHERE id = ?")
                        .param(id)
                        .update()
                > 0;
    }
}
