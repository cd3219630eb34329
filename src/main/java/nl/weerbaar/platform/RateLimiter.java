package nl.weerbaar.platform;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * A sliding-window limit per key (e.g. client address, or account and address) for logins and anonymous endpoints.
 * Kept in the memory of one node: with N nodes a client gets at most N times the limit, which still stops guessing.
 *
 * <p>The number of keys is bounded ({@link #DEFAULT_MAX_KEYS} unless given): when it is full, a new key takes the
 * place of a key whose window has emptied or else of the least recently used key that is not at its limit. A key at
 * its limit is given up only when all keys near the old end are at their limit too. So flooding the limiter with new
 * keys (random user names, spoofed links) never resets the limit of a key that is being guessed at.
 */
public final class RateLimiter {

    /** The number of keys kept unless another bound is given. */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    /** How many of the least recently used keys are looked at to find one that may be forgotten. */
    private static final int EVICTION_SCAN = 32;

    private final int maxEvents;
    private final long windowMillis;
    private final Clock clock;
    private final int maxKeys;
    private final LinkedHashMap<String, ArrayDeque<Long>> events = new LinkedHashMap<>(1024, 0.75f, true);

    public RateLimiter(int maxEvents, long windowMillis, Clock clock) {
        this(maxEvents, windowMillis, clock, DEFAULT_MAX_KEYS);
    }

    public RateLimiter(int maxEvents, long windowMillis, Clock clock, int maxKeys) {
        if (maxEvents < 1 || windowMillis < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxEvents = maxEvents;
        this.windowMillis = windowMillis;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** Counts one event for {@code key}; false when the key is over its limit (the event is then not counted). */
    public synchronized boolean tryAcquire(String key) {
        long now = clock.millis();
        ArrayDeque<Long> times = window(key, now);
        if (times.size() >= maxEvents) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** Whether {@code key} is at its limit now; counts nothing. */
    public synchronized boolean isLimited(String key) {
        ArrayDeque<Long> times = events.get(key);
        return times != null && slide(times, clock.millis()).size() >= maxEvents;
    }

    /**
     * Counts one event for {@code key} even when it is at its limit (the oldest event then makes way), so that a key
     * at its limit stays there for a whole window after its last event.
     */
    public synchronized void record(String key) {
        long now = clock.millis();
        ArrayDeque<Long> times = window(key, now);
        if (times.size() >= maxEvents) {
            times.pollFirst();
        }
        times.addLast(now);
    }

    /** Forgets the events of {@code key}. */
    public synchronized void reset(String key) {
        events.remove(key);
    }

    /** The number of keys held (never more than the bound). */
    synchronized int size() {
        return events.size();
    }

    private ArrayDeque<Long> window(String key, long now) {
        ArrayDeque<Long> times = events.get(key);
        if (times == null) {
            if (events.size() >= maxKeys) {
                evictOne(now);
            }
            times = new ArrayDeque<>();
            events.put(key, times);
        }
        return slide(times, now);
    }

    private ArrayDeque<Long> slide(ArrayDeque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
            times.pollFirst();
        }
        return times;
    }

    /** Makes room for one key: the least recently used key under its limit (near the old end), else the eldest. */
    private void evictOne(long now) {
        Iterator<ArrayDeque<Long>> it = events.values().iterator();
        for (int i = 0; i < EVICTION_SCAN && it.hasNext(); i++) {
            if (slide(it.next(), now).size() < maxEvents) {
                it.remove();
                return;
            }
        }
        it = events.values().iterator();
        it.next();
        it.remove();
    }
}
