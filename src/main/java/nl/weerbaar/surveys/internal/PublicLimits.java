package nl.weerbaar.surveys.internal;

import java.time.Clock;
import nl.weerbaar.platform.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits per client address for the anonymous survey endpoints (pages and API together): all requests, and more
 * strictly requests for links that do not exist, so tokens cannot be guessed. The address is used only in memory.
 */
@Component
class PublicLimits {

    private final RateLimiter requests;
    private final RateLimiter misses;

    PublicLimits(
            @Value("${weerbaar.surveys.public-requests-per-minute:120}") int perMinute,
            @Value("${weerbaar.surveys.unknown-links-per-minute:20}") int missesPerMinute,
            Clock clock) {
        this.requests = new RateLimiter(perMinute, 60_000, clock);
        this.misses = new RateLimiter(missesPerMinute, 60_000, clock);
    }

    /** Counts one request; false when {@code client} is over a limit ({@code found}: whether the link exists). */
    boolean allow(String client, boolean found) {
        return requests.tryAcquire(client) && (found || misses.tryAcquire(client));
    }
}
