package nl.weerbaar.registries.bag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.registries.BagAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Loads stands and applies mutations from the extracts in the import folder ({@code weerbaar.registries.bag.import-dir},
 * ADR 0703). A stand loads in the background, one at a time; its progress is in the stand's row. Each load and
 * mutation is recorded in the audit log. Runs without a municipality: the BAG is the platform's.
 */
@Service
public class BagLoadService {

    private static final Logger LOG = LoggerFactory.getLogger(BagLoadService.class);

    /** The outcome of the last load started on this node: running, failed with a message, or done. */
    public record LastLoad(String file, boolean running, String errorKey, Object[] errorArguments) {}

    private final DataSource dataSource;
    private final Clock clock;
    private final AuditLog audit;
    private final Municipalities municipalities;
    private final BagAddresses addresses;
    private final Path importDir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bag-load");
        t.setDaemon(true);
        return t;
    });
    private volatile LastLoad last;
    private Future<?> running;

    BagLoadService(
            DataSource dataSource,
            Clock clock,
            AuditLog audit,
            Municipalities municipalities,
            BagAddresses addresses,
            @Value("${weerbaar.registries.bag.import-dir:}") String importDir) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.audit = audit;
        this.municipalities = municipalities;
        this.addresses = addresses;
        this.importDir = importDir.isBlank() ? null : Path.of(importDir);
    }

    /** The zip files in the import folder, by name; empty when no folder is configured. */
    public List<String> files() {
        if (importDir == null || !Files.isDirectory(importDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(importDir)) {
            return files.filter(f -> f.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".zip"))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean importDirConfigured() {
        return importDir != null;
    }

    public BagAddresses.Stand stand() {
        return addresses.stand();
    }

    /** The municipality on the platform whose CBS code is the stand's area, if any. */
    public Optional<Municipalities.Municipality> matchedMunicipality(BagAddresses.Stand stand) {
        if (stand.area() == null || stand.area().contains(",") || "NLD".equals(stand.area())) {
            return Optional.empty();
        }
        return municipalities.byCbsCode(stand.area());
    }

    public LastLoad last() {
        return last;
    }

    /** Starts loading a file of the import folder in the background; false when a load is running. */
    public synchronized boolean start(String fileName) {
        Path file = inImportDir(fileName);
        if (running != null && !running.isDone()) {
            return false;
        }
        audit.record(AuditLog.Action.IMPORT, "registries-bag-extract", fileName, "BAG stand");
        last = new LastLoad(fileName, true, null, null);
        running = executor.submit(() -> {
            try {
                load(file);
                last = new LastLoad(fileName, false, null, null);
            } catch (BagRefusedException e) {
                last = new LastLoad(fileName, false, e.key(), e.arguments());
            } catch (Exception e) {
                LOG.error("BAG load of {} failed", fileName, e);
                last = new LastLoad(fileName, false, "registries.bag.error.failed", new Object[] {fileName});
            }
        });
        return true;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Loads a stand now, in this thread (the background load and tests). */
    BagLoader.Result load(Path file) throws IOException, SQLException {
        return new BagLoader(dataSource, clock::instant, new LoadProgress()).loadStand(file);
    }

    /** Applies a mutation file of the import folder; throws {@link BagRefusedException} when it does not follow. */
    public MutationLoader.Applied applyMutations(String fileName) {
        Path file = inImportDir(fileName);
        try {
            MutationLoader.Applied applied = applyMutations(file);
            audit.record(AuditLog.Action.IMPORT, "registries-bag-extract", fileName, "BAG mutations");
            return applied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies a mutation file now (tests). */
    MutationLoader.Applied applyMutations(Path file) throws IOException, SQLException {
        return new MutationLoader(dataSource, clock::instant).apply(file);
    }

    private Path inImportDir(String fileName) {
        if (fileName == null || !files().contains(fileName)) {
            throw new BagRefusedException("registries.bag.error.noSuchFile", String.valueOf(fileName));
        }
        return importDir.resolve(fileName);
    }
}
