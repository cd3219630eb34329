package nl.weerbaar.registries.trade;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CsvReader;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the municipality's trade register extract (ADR 0710): every line is checked first; with any problem
 * nothing is written and all problems are returned; otherwise the extract replaces the previous one in one
 * transaction, and the import is recorded in the audit log.
 */
@Service
public class TradeExtract {

    /** Lines per file: the largest municipality has a few hundred thousand establishments. */
    static final int MAX_LINES = 500_000;

    /** Problems shown per upload; the count says how many there were. */
    static final int SHOWN = 200;

    private final Establishments establishments;
    private final AuditLog audit;
    private final Clock clock;

    TradeExtract(Establishments establishments, AuditLog audit, Clock clock) {
        this.establishments = establishments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What became of an upload: {@code loaded} establishments, or {@code problems} (at most {@link #SHOWN}, {@code
     * problemCount} in all) and nothing loaded.
     */
    public record Outcome(int loaded, String encoding, List<ExtractLines.Problem> problems, int problemCount) {
        public boolean ok() {
            return problemCount == 0;
        }
    }

    @Transactional
    public Outcome upload(byte[] file, String fileName) {
        CsvReader.Table table;
        try {
            table = new CsvReader(Integer.MAX_VALUE, MAX_LINES).read(unpack(file));
        } catch (CsvReader.Refused e) {
            return new Outcome(
                    0, null, List.of(new ExtractLines.Problem(0, null, e.messageKey(), List.of(e.args()))), 1);
        } catch (Unreadable e) {
            return new Outcome(0, null, List.of(new ExtractLines.Problem(0, null, e.getMessage(), e.args)), 1);
        }
        ExtractLines.Checked checked = ExtractLines.check(table);
        if (!checked.problems().isEmpty()) {
            List<ExtractLines.Problem> p = checked.problems();
            return new Outcome(0, table.encoding(), p.subList(0, Math.min(SHOWN, p.size())), p.size());
        }
        UUID tenant = TenantContext.require();
        establishments.replace(tenant, checked.establishments());
        UUID id = UUID.randomUUID();
        UUID by = CurrentUser.get().map(UserIdentity::userId).orElse(null);
        establishments.recordImport(
                id, tenant, clock.instant(), by, checked.establishments().size(), table.encoding(), fileName);
        audit.record(
                AuditLog.Action.IMPORT,
                "trade-extract",
                id,
                "trade register extract, " + checked.establishments().size() + " establishments");
        return new Outcome(checked.establishments().size(), table.encoding(), List.of(), 0);
    }

    /**
     * The CSV inside a ZIP file with one file or a gzip file, else the bytes as they are. The extract of a large
     * municipality (300,000 establishments, about 30 MB) is above the platform's upload limit as CSV, and a tenth of
     * it packed; unpacking stops at {@link #MAX_UNPACKED} bytes.
     */
    static byte[] unpack(byte[] file) {
        boolean zip = file.length >= 4
                && file[0] == 'P'
                && file[1] == 'K'
                && ((file[2] == 3 && file[3] == 4) || (file[2] == 5 && file[3] == 6)); // a file, or none
        boolean gzip = file.length >= 2 && file[0] == (byte) 0x1F && file[1] == (byte) 0x8B;
        if (!zip && !gzip) {
            return file;
        }
        try {
            if (gzip) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
                    return readAtMost(in);
                }
            }
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file))) {
                byte[] csv = null;
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.isDirectory() || e.getName().startsWith("__MACOSX/")) {
                        continue;
                    }
                    if (csv != null) {
                        throw new Unreadable("registries.trade.import.error.zip-files");
                    }
                    csv = readAtMost(in);
                }
                if (csv == null) {
                    throw new Unreadable("csv.error.empty");
                }
                return csv;
            }
        } catch (IOException e) {
            throw new Unreadable("registries.trade.import.error.zip-broken");
        }
    }

    /** A packed file that cannot be unpacked; the message is the key. */
    private static final class Unreadable extends RuntimeException {
        private final transient List<Object> args;

        Unreadable(String messageKey, Object... args) {
            super(messageKey);
            this.args = List.of(args);
        }
    }

    /** Largest unpacked extract: {@link #MAX_LINES} lines of about 200 bytes. */
    static final int MAX_UNPACKED = 100 * 1024 * 1024;

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_UNPACKED + 1);
        if (bytes.length > MAX_UNPACKED) {
            throw new Unreadable("csv.error.too-large", MAX_UNPACKED / 1024 / 1024);
        }
        return bytes;
    }

    @Transactional(readOnly = true)
    public Optional<Establishments.LastImport> lastImport() {
        return establishments.lastImport();
    }

    /** The column names the help text lists. */
    public static List<String> columns() {
        return ExtractLines.names();
    }
}
