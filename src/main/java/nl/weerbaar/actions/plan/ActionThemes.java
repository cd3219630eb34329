package nl.weerbaar.actions.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the action plan's themes of the current municipality (row-level security applies). */
@Repository
class ActionThemes {

    private static final String THEME = "SELECT id, name, kind, active, sort_order FROM action_theme ";

    private final JdbcClient jdbc;

    ActionThemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives the municipality the starting list (pillars and VPT measures) when it has no themes at all. */
    void seedIfEmpty() {
        jdbc.sql("SELECT action_themes_seed(?)")
                .param(TenantContext.require())
                .query()
                .singleRow();
    }

    /** Every theme, active or not, in the order of the list. */
    List<Theme> all() {
        return jdbc.sql(THEME + "ORDER BY sort_order, lower(name)")
                .query(Theme.class)
                .list();
    }

    Optional<Theme> find(UUID id) {
        return jdbc.sql(THEME + "WHERE id = ?").param(id).query(Theme.class).optional();
    }

    /** The theme with this name, ignoring case. */
    Optional<Theme> named(String name) {
        return jdbc.sql(THEME + "WHERE lower(name) = lower(?)")
                .param(name)
                .query(Theme.class)
                .optional();
    }

    /** Adds an active theme of the municipality's own at the end of the list. */
    UUID insert(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
        INSERT INTO action_theme (id, tenant_id, name, kind, sort_order)
        SELECT ?, ?, ?, 'OWN', coalesce(max(sort_order), 0) + 1 FROM action_theme""").params(id, TenantContext.require(), name).update();
        return id;
    }

    void rename(UUID id, String name) {
        jdbc.sql("UPDATE action_theme SET name = ? WHERE id = ?")
                .params(name, id)
                .update();
    }

    void setActive(UUID id, boolean active) {
        jdbc.sql("UPDATE action_theme SET active = ? WHERE id = ?")
                .params(active, id)
                .update();
    }
}
