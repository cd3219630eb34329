package nl.weerbaar.registries.trade;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
            table = new CsvReader(Integer.MAX_VALUE, MAX_LINES).read(file);
        } catch (CsvReader.Refused e) {
            return new Outcome(
                    0, null, List.of(new ExtractLines.Problem(0, null, e.messageKey(), List.of(e.args()))), 1);
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

    @Transactional(readOnly = true)
    public Optional<Establishments.LastImport> lastImport() {
        return establishments.lastImport();
    }

    /** The column names the help text lists. */
    public static List<String> columns() {
        return ExtractLines.names();
    }
}
