package nl.weerbaar.assessments.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instrument versions of the current municipality: the shipped ones (registered on first use) and imported
 * ones. A stored version never changes (the database refuses updates); a measurement points at the version it
 * was taken with, so changing an instrument means importing a new version.
 */
@Service
public class Instruments {

    /** Files in {@code src/main/resources/instruments/} shipped with the application. */
    public static final List<String> SHIPPED =
            List.of("weerbaarheidsscan.yaml", "basislijst.yaml", "vpt-checklist.yaml");

    /** A stored instrument version without its content. */
    public record Info(
            UUID id, String key, int version, String title, String kind, boolean shipped, OffsetDateTime createdAt) {
        /** How a person tells versions apart: the title with its version, e.g. "Weerbaarheidsscan (v1)". */
        public String label() {
            return title + " (v" + version + ")";
        }
    }

    /** The shipped files' text, read once. */
    static final Map<String, String> SHIPPED_SOURCES = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final InstrumentParser parser = new InstrumentParser();
    private final Map<String, Instrument> parsed = new ConcurrentHashMap<>();

    Instruments(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every instrument version of the municipality, shipped ones registered first when missing. */
    @Transactional
    public List<Info> list() {
        registerShipped();
        return jdbc.sql("SELECT id, key, version, title, kind, shipped, created_at FROM assessment_instrument "
                        + "ORDER BY shipped DESC, title, version DESC")
                .query(Info.class)
                .list();
    }

    public Info info(UUID id) {
        return jdbc.sql(
                        "SELECT id, key, version, title, kind, shipped, created_at FROM assessment_instrument WHERE id = ?")
                .param(id)
                .query(Info.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("instrument", id));
    }

    /** The parsed instrument version; 404 when it is not the municipality's. */
    public Instrument get(UUID id) {
        record Row(String source, String sha256) {}
        Row row = jdbc.sql("SELECT source, sha256 FROM assessment_instrument WHERE id = ?")
                .param(id)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("instrument", id));
        return parsed.computeIfAbsent(row.sha256(), k -> parser.parse(row.source()));
    }

    /** The newest stored version of the instrument with this key, parsed; empty when the municipality has none. */
    public java.util.Optional<Instrument> newest(String key) {
        return jdbc.sql("SELECT id FROM assessment_instrument WHERE key = ? ORDER BY version DESC LIMIT 1")
                .param(key)
                .query(UUID.class)
                .optional()
                .map(this::get);
    }

    /** The id of the shipped instrument with this key, registering shipped instruments when needed. */
    @Transactional
    public UUID shippedId(String key) {
        registerShipped();
        return jdbc.sql("SELECT id FROM assessment_instrument WHERE key = ? AND shipped ORDER BY version DESC LIMIT 1")
                .param(key)
                .query(UUID.class)
                .single();
    }

    /**
     * Stores another instrument (a province's or RIEC's norm). All or nothing: a file with any problem, or whose
     * key and version already exist, is refused with {@link InvalidInstrumentException} and nothing is stored.
     */
    @Transactional
    public UUID importSource(String source, UUID importedBy) {
        Instrument instrument;
        try {
            instrument = parser.parse(source);
        } catch (InvalidInstrumentException e) {
            audit.record(AuditLog.Action.IMPORT, "instrument", null, AuditLog.Result.FAILURE, "instrument refused");
            throw e;
        }
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment_instrument WHERE key = ? AND version = ?)")
                .params(instrument.key(), instrument.version())
                .query(Boolean.class)
                .single();
        if (exists) {
            throw new InvalidInstrumentException(List.of(new InstrumentProblem(
                    lineOf(source, "version:"), "versionExists", List.of(instrument.key(), instrument.version()))));
        }
        UUID id = insert(instrument, source, false, importedBy);
        audit.record(AuditLog.Action.IMPORT, "instrument", id, "instrument imported");
        return id;
    }

    /** Registers the shipped instruments of the current municipality when missing. */
    @Transactional
    public void registerShipped() {
        for (String file : SHIPPED) {
            String source = SHIPPED_SOURCES.computeIfAbsent(file, Instruments::read);
            Instrument instrument = parsed.computeIfAbsent(sha256(source), k -> parser.parse(source));
            boolean exists = jdbc.sql(
                            "SELECT EXISTS (SELECT 1 FROM assessment_instrument WHERE key = ? AND version = ?)")
                    .params(instrument.key(), instrument.version())
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                insert(instrument, source, true, null);
            }
        }
    }

    private UUID insert(Instrument i, String source, boolean shipped, UUID by) {
        UUID id = UUID.randomUUID();
        String sha = sha256(source);
        jdbc.sql("""
        INSERT INTO assessment_instrument (id, tenant_id, key, version, title, kind, source, sha256, shipped, imported_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, key, version) DO NOTHING""")
                .params(
                        id,
                        TenantContext.require(),
                        i.key(),
                        i.version(),
                        i.title(),
                        i.kind(),
                        source,
                        sha,
                        shipped,
                        by)
                .update();
        parsed.putIfAbsent(sha, i);
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

    /** The text of a file shipped under {@code src/main/resources/instruments/}. */
    static String read(String file) {
        try (InputStream in = Instruments.class.getResourceAsStream("/instruments/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
