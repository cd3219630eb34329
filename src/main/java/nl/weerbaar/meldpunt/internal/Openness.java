package nl.weerbaar.meldpunt.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may report at a meldpunt, and where: whether the municipality opens its meldpunt to outsiders (residents and
 * entrepreneurs) besides the people who work for it, and the shared meldpunten several municipalities offer through
 * one entry page (Directive 2019/1937 art. 8(9)), each member keeping its own recipients and reports.
 */
@Service
class Openness {

    static final String AUDIT_SETTINGS = "meldpunt-settings";
    static final String AUDIT_GROUP = "meldpunt-group";

    /** A shared meldpunt: its address {@code /m/samen/<slug>}, its name and its member municipalities. */
    record Group(UUID id, String slug, String name, List<UUID> members) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Openness(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the current municipality's meldpunt is open to outsiders; not until it says so. */
    @Transactional(readOnly = true)
    boolean openToOutsiders() {
        return jdbc.sql("SELECT open_to_outsiders FROM meldpunt_settings WHERE tenant_id = ?")
                .param(TenantContext.require())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Opens or closes the current municipality's meldpunt to outsiders; recorded in the audit log. */
    @Transactional
    void setOpenToOutsiders(boolean open) {
        jdbc.sql("""
                INSERT INTO meldpunt_settings (tenant_id, open_to_outsiders, updated_on) VALUES (?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET open_to_outsiders = excluded.open_to_outsiders,
                                                      updated_on = excluded.updated_on""")
                .params(TenantContext.require(), open, DutchTime.today(clock))
                .update();
        audit.record(
                AuditLog.Action.UPDATE,
                AUDIT_SETTINGS,
                TenantContext.require(),
                open ? "open to outsiders" : "staff and office holders only");
    }

    @Transactional(readOnly = true)
    List<Group> groups() {
        return jdbc.sql("""
                SELECT g.id, g.slug, g.name,
                       coalesce(array_agg(m.municipality_id) FILTER (WHERE m.municipality_id IS NOT NULL), '{}') AS members
                  FROM meldpunt_group g LEFT JOIN meldpunt_group_member m ON m.group_id = g.id
                 GROUP BY g.id ORDER BY lower(g.name)""")
                .query((rs, n) -> new Group(
                        rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), List.of((UUID[])
                                rs.getArray("members").getArray())))
                .list();
    }

    Optional<Group> group(String slug) {
        return groups().stream().filter(g -> g.slug().equals(slug)).findFirst();
    }

    @Transactional(readOnly = true)
    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meldpunt_group WHERE slug = ?)")
                .param(slug)
                .query(Boolean.class)
                .single();
    }

    /** Creates a shared meldpunt of the given (checked) members; recorded in the audit log. */
    @Transactional
    void createGroup(UUID id, String slug, String name, List<UUID> members) {
        jdbc.sql("INSERT INTO meldpunt_group (id, slug, name) VALUES (?, ?, ?)")
                .params(id, slug, name)
                .update();
        for (UUID m : members) {
            jdbc.sql("INSERT INTO meldpunt_group_member (group_id, municipality_id) VALUES (?, ?)")
                    .params(id, m)
                    .update();
        }
        audit.record(AuditLog.Action.CREATE, AUDIT_GROUP, id, "shared meldpunt " + slug + ": " + members.size());
    }

    /** Removes a shared meldpunt (its members' own meldpunten stay); false when there is none with this id. */
    @Transactional
    boolean deleteGroup(UUID id) {
        boolean gone =
                jdbc.sql("DELETE FROM meldpunt_group WHERE id = ?").param(id).update() == 1;
        if (gone) {
            audit.record(AuditLog.Action.DELETE, AUDIT_GROUP, id, "shared meldpunt removed");
        }
        return gone;
    }
}
