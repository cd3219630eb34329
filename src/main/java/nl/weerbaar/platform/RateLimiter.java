package nl.weerbaar.platform;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window limit per key (e.g. client address) for login and anonymous endpoints. Kept in the
 * memory of one node: with N nodes a client gets at most N times the limit, which still stops guessing.
 */
public final class RateLimiter {

    private final int maxEvents;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

    public RateLimiter(int maxEvents, long windowMillis, Clock clock) {
        this.maxEvents = maxEvents;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Counts one event for {@code key}; false when the key is over its limit (the event is then not counted). */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        if (events.size() > 100_000) {
            events.clear();
        }
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= maxEvents) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
