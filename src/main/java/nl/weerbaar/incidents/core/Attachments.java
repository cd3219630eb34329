package nl.weerbaar.incidents.core;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.ContentSniffer;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of an incident: type checked by content, at most {@link #MAX_BYTES}, stored encrypted. The
 * reporter and the handlers may add and download them; the overview (secretary) may not.
 */
@Service
public class Attachments {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public record Info(UUID id, String filename, String contentType, int sizeBytes, java.time.Instant createdAt) {}

    public record File(String filename, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final IncidentQueries queries;
    private final FileCipher cipher;
    private final AuditLog audit;

    Attachments(JdbcClient jdbc, IncidentQueries queries, FileCipher cipher, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Stores a file; throws {@link InvalidInputException} (field {@code file}) for a wrong type or size. */
    @Transactional
    public UUID add(UUID incident, String filename, byte[] content, Viewer v) {
        requireAccess(incident, v);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "incidents.error.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "incidents.error.file.size");
        }
        String type = ContentSniffer.sniff(content)
                .orElseThrow(() -> new InvalidInputException("file", "incidents.error.file.type"));
        String name = safeName(filename, type);
        UUID id = UUID.randomUUID();
        FileCipher.Sealed sealed = cipher.seal(content, id.toString());
        jdbc.sql("""
        INSERT INTO incident_attachment (id, tenant_id, incident_id, filename, content_type, size_bytes, nonce,
          ciphertext, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        incident,
                        name,
                        type,
                        content.length,
                        sealed.nonce(),
                        sealed.ciphertext(),
                        v.userId())
                .update();
        audit.record(AuditLog.Action.CREATE, "incident-attachment", id, "upload");
        return id;
    }

    public List<Info> list(UUID incident) {
        return jdbc.sql("""
        SELECT id, filename, content_type, size_bytes, created_at FROM incident_attachment
         WHERE tenant_id = ? AND incident_id = ? ORDER BY created_at""")
                .params(TenantContext.require(), incident)
                .query((rs, n) -> new Info(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Transactional
    public File download(UUID incident, UUID attachment, Viewer v) {
        requireAccess(incident, v);
        Optional<File> file = jdbc.sql("""
        SELECT filename, content_type, nonce, ciphertext FROM incident_attachment
         WHERE tenant_id = ? AND incident_id = ? AND id = ?""")
                .params(TenantContext.require(), incident, attachment)
                .query((rs, n) -> new File(
                        rs.getString(1),
                        rs.getString(2),
                        cipher.open(new FileCipher.Sealed(rs.getBytes(3), rs.getBytes(4)), attachment.toString())))
                .optional();
        File f = file.orElseThrow(() -> new NotFoundException("attachment", attachment));
        audit.record(AuditLog.Action.EXPORT, "incident-attachment", attachment, "download");
        return f;
    }

    private void requireAccess(UUID incident, Viewer v) {
        if (queries.access(incident, v)
                .filter(a -> a != IncidentQueries.Access.OVERVIEW)
                .isEmpty()) {
            throw new NotFoundException("incident", incident);
        }
    }

    /** A harmless file name with the extension of the sniffed type. */
    static String safeName(String original, String type) {
        return ContentSniffer.safeName(original, type, "bijlage");
    }
}
