package nl.weerbaar.awareness.hub;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the images of the hub's items, encrypted at rest (row-level security applies). */
@Repository
class Images {

    /** A stored image: its item, type and sealed bytes. */
    record Stored(UUID id, UUID itemId, String contentType, FileCipher.Sealed sealed) {}

    /** An image as listed on the item's edit page. */
    record Listed(UUID id, String contentType, int sizeBytes) {}

    private final JdbcClient jdbc;

    Images(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID itemId, String contentType, int size, FileCipher.Sealed sealed, UUID by, Instant now) {
        jdbc.sql("""
                INSERT INTO awareness_image
                  (id, tenant_id, item_id, content_type, size_bytes, nonce, ciphertext, uploaded_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        itemId,
                        contentType,
                        size,
                        sealed.nonce(),
                        sealed.ciphertext(),
                        by,
                        java.sql.Timestamp.from(now))
                .update();
    }

    List<Listed> ofItem(UUID itemId) {
        return jdbc.sql(
                        "SELECT id, content_type, size_bytes FROM awareness_image WHERE item_id = ? ORDER BY created_at")
                .param(itemId)
                .query(Listed.class)
                .list();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT id, item_id, content_type, nonce, ciphertext FROM awareness_image WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getObject("item_id", UUID.class),
                        rs.getString("content_type"),
                        new FileCipher.Sealed(rs.getBytes("nonce"), rs.getBytes("ciphertext"))))
                .optional();
    }
}
