package nl.weerbaar.assessments.instrument;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mappings between instruments of the current municipality: the shipped one (registered on first use) and
 * imported ones. Stored versions never change; the newest version of each key is in force. A mapping is checked
 * against the municipality's instruments when it is imported.
 */
@Service
public class Mappings {

    /** Files in {@code src/main/resources/instruments/mappings/} shipped with the application. */
    public static final List<String> SHIPPED = List.of("mappings/kruisverwijzing.yaml");

    private static final Logger LOG = LoggerFactory.getLogger(Mappings.class);

    /** A stored mapping version without its content. */
    public record Info(
            UUID id, String key, int version, String title, int links, boolean shipped, OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;
    private final Instruments instruments;
    private final AuditLog audit;
    private final Map<String, Mapping> parsed = new ConcurrentHashMap<>();

    Mappings(JdbcClient jdbc, Instruments instruments, AuditLog audit) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.audit = audit;
    }

    /** Every mapping version of the municipality, the shipped ones registered first when missing. */
    @Transactional
    public List<Info> list() {
        registerShipped();
        return jdbc.sql("SELECT id, key, version, title, links, shipped, created_at FROM assessment_mapping "
                        + "ORDER BY shipped DESC, title, version DESC")
                .query(Info.class)
                .list();
    }

    public Info info(UUID id) {
        return jdbc.sql(
                        "SELECT id, key, version, title, links, shipped, created_at FROM assessment_mapping WHERE id = ?")
                .param(id)
                .query(Info.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("mapping", id));
    }

    /** The parsed mapping version; 404 when it is not the municipality's. */
    public Mapping get(UUID id) {
        record Row(String source, String sha256) {}
        Row row = jdbc.sql("SELECT source, sha256 FROM assessment_mapping WHERE id = ?")
                .param(id)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("mapping", id));
        return parsed.computeIfAbsent(row.sha256(), k -> parser().parse(row.source()));
    }

    /** The mappings in force: the newest version of each key. One that no longer fits the instruments is left out. */
    @Transactional
    public List<Mapping> inForce() {
        registerShipped();
        List<Mapping> out = new ArrayList<>();
        for (UUID id : jdbc.sql("SELECT DISTINCT ON (key) id FROM assessment_mapping ORDER BY key, version DESC")
                .query(UUID.class)
                .list()) {
            try {
                out.add(get(id));
            } catch (InvalidInstrumentException e) {
                LOG.warn("Mapping {} no longer fits the instruments and is not used: {}", id, e.getMessage());
            }
        }
        return out;
    }

    /**
     * Stores another mapping. All or nothing: a file with any problem, or whose key and version already exist, is
     * refused with {@link InvalidInstrumentException} and nothing is stored.
     */
    @Transactional
    public UUID importSource(String source, UUID importedBy) {
        instruments.registerShipped();
        Mapping mapping;
        try {
            mapping = parser().parse(source);
        } catch (InvalidInstrumentException e) {
            audit.record(AuditLog.Action.IMPORT, "mapping", null, AuditLog.Result.FAILURE, "mapping refused");
            throw e;
        }
        if (exists(mapping)) {
            throw new InvalidInstrumentException(List.of(new InstrumentProblem(
                    lineOf(source, "version:"), "mappingVersionExists", List.of(mapping.key(), mapping.version()))));
        }
        UUID id = insert(mapping, source, false, importedBy);
        audit.record(AuditLog.Action.IMPORT, "mapping", id, "mapping imported");
        return id;
    }

    private void registerShipped() {
        instruments.registerShipped();
        for (String file : SHIPPED) {
            String source = Instruments.SHIPPED_SOURCES.computeIfAbsent(file, Instruments::read);
            Mapping mapping;
            try {
                mapping = parsed.computeIfAbsent(Instruments.sha256(source), k -> parser().parse(source));
            } catch (InvalidInstrumentException e) {
                LOG.warn(
                        "The shipped mapping {} does not fit this municipality's instruments: {}",
                        file,
                        e.getMessage());
                continue;
            }
            if (!exists(mapping)) {
                insert(mapping, source, true, null);
            }
        }
    }

    private MappingParser parser() {
        return new MappingParser(instruments::newest);
    }

    private boolean exists(Mapping m) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment_mapping WHERE key = ? AND version = ?)")
                .params(m.key(), m.version())
                .query(Boolean.class)
                .single();
    }

    private UUID insert(Mapping m, String source, boolean shipped, UUID by) {
        UUID id = UUID.randomUUID();
        String sha = Instruments.sha256(source);
        jdbc.sql("""
        INSERT INTO assessment_mapping (id, tenant_id, key, version, title, links, source, sha256, shipped, imported_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, key, version) DO NOTHING""")
                .params(
                        id,
                        TenantContext.require(),
                        m.key(),
                        m.version(),
                        m.title(),
                        m.links().size(),
                        source,
                        sha,
                        shipped,
                        by)
                .update();
        parsed.putIfAbsent(sha, m);
        return id;
    }

    private static int lineOf(String source, String prefix) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        return 1;
    }
}
