package nl.weerbaar.awareness.hub;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the hub's items of the municipality in context (row-level security applies). */
@Repository
class Items {

    private static final String ITEM = "SELECT id, kind, title, body, public AS public_item, published_at, updated_at,"
            + " reads_hub, reads_embed FROM awareness_item ";

    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every item, drafts first, then the newest published. */
    List<Item> all() {
        return jdbc.sql(ITEM + "ORDER BY published_at DESC NULLS FIRST, updated_at DESC")
                .query(Item.class)
                .list();
    }

    /** The newest published items, public ones only when {@code onlyPublic}. */
    List<Item> published(int limit, boolean onlyPublic) {
        return jdbc.sql(ITEM + "WHERE published_at IS NOT NULL" + (onlyPublic ? " AND public" : "")
                        + " ORDER BY published_at DESC LIMIT ?")
                .param(limit)
                .query(Item.class)
                .list();
    }

    Optional<Item> find(UUID id) {
        return jdbc.sql(ITEM + "WHERE id = ?").param(id).query(Item.class).optional();
    }

    void insert(UUID id, String kind, String title, String body, boolean publicItem, UUID by, Instant now) {
        jdbc.sql("""
                INSERT INTO awareness_item (id, tenant_id, kind, title, body, public, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, TenantContext.require(), kind, title, body, publicItem, by, ts(now), ts(now))
                .update();
    }

    void update(UUID id, String kind, String title, String body, boolean publicItem, Instant now) {
        jdbc.sql("UPDATE awareness_item SET kind = ?, title = ?, body = ?, public = ?, updated_at = ? WHERE id = ?")
                .params(kind, title, body, publicItem, ts(now), id)
                .update();
    }

    /** Publishes at {@code at}, or takes back to draft when {@code at} is null. */
    void publish(UUID id, Instant at) {
        jdbc.sql("UPDATE awareness_item SET published_at = ? WHERE id = ?")
                .params(at == null ? null : ts(at), id)
                .update();
    }

    /** Counts one read of a published item on the hub or the intranet page; a number only, never who. */
    void countRead(UUID id, boolean embedded) {
        jdbc.sql("UPDATE awareness_item SET "
                        + (embedded ? "reads_embed = reads_embed + 1" : "reads_hub = reads_hub + 1")
                        + " WHERE id = ? AND published_at IS NOT NULL")
                .param(id)
                .update();
    }

    private static java.sql.Timestamp ts(Instant i) {
        return java.sql.Timestamp.from(i);
    }
}
