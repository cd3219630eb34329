package nl.weerbaar.registries.bag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a load in the log: objects per second and the time left, worked out from the bytes of the extract
 * read so far, at most every ten seconds. The operator page reads the same figures from the stand's row.
 */
class LoadProgress {

    private static final Logger LOG = LoggerFactory.getLogger(LoadProgress.class);
    private static final long EVERY = 10_000_000_000L;

    private String name;
    private long totalBytes;
    private long startNanos;
    private long startObjects;
    private long startBytes = -1;
    private long lastLog;

    void started(String name, long totalBytes, long objectsBefore, int partsBefore) {
        this.name = name;
        this.totalBytes = totalBytes;
        this.startNanos = System.nanoTime();
        this.startObjects = objectsBefore;
        this.lastLog = startNanos;
        LOG.info(
                "BAG load {}: {} bytes to read, {} objects in {} parts loaded before",
                name,
                totalBytes,
                objectsBefore,
                partsBefore);
    }

    void tick(long objects, long bytesDone) {
        long now = System.nanoTime();
        if (now - lastLog < EVERY) {
            return;
        }
        lastLog = now;
        if (startBytes < 0) {
            startBytes = 0;
        }
        double seconds = (now - startNanos) / 1e9;
        double rate = objects / Math.max(seconds, 0.001);
        double fraction = totalBytes == 0 ? 0 : (double) bytesDone / totalBytes;
        long left = fraction <= 0 ? -1 : Math.round(seconds / fraction - seconds);
        LOG.info(
                "BAG load {}: {} objects, {} objects/s, {}% read, about {} s left",
                name, startObjects + objects, Math.round(rate), Math.round(fraction * 100), left);
    }

    void part(String part, int objects, long bytesDone) {
        LOG.debug("BAG load {}: part {} in ({} objects)", name, part, objects);
    }

    void finished(long objects, BagLoader.Breakdown b) {
        LOG.info(
                "BAG load {} done: {} objects in {} ms (inflate {} ms, parse {} ms, COPY {} ms, indexes {} ms,"
                        + " logging {} ms)",
                name,
                objects,
                b.total(),
                b.inflate(),
                b.parse(),
                b.copy(),
                b.indexes(),
                b.logged());
    }
}
