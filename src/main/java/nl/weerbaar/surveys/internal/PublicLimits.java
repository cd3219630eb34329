package nl.weerbaar.surveys.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.weerbaar.platform.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits for the anonymous survey endpoints (pages and API together): all requests per client address, more
 * strictly requests for links that do not exist, so tokens cannot be guessed, and the responses through one open link,
 * per address and for the link as a whole, so that nobody can stuff it with answers. The address is used only in
 * memory, and for responses only as a keyed hash whose key is made at start-up and never leaves this node: it is never
 * stored, and never with the answers (ADR 0400). The response limits never clear all at once: their keys are bounded
 * by the open links, and per address by the window.
 */
@Component
class PublicLimits {

    private final RateLimiter requests;
    private final RateLimiter misses;
    private final RateLimiter responsesPerAddress;
    private final RateLimiter responsesPerLink;
    private final SecretKeySpec addressKey;

    PublicLimits(
            @Value("${weerbaar.surveys.public-requests-per-minute:120}") int perMinute,
            @Value("${weerbaar.surveys.unknown-links-per-minute:20}") int missesPerMinute,
            @Value("${weerbaar.surveys.open-link-responses-per-address:5}") int perAddress,
            @Value("${weerbaar.surveys.open-link-responses-per-link:200}") int perLink,
            @Value("${weerbaar.surveys.open-link-window:PT10M}") Duration window,
            Clock clock) {
        this.requests = new RateLimiter(perMinute, 60_000, clock);
        this.misses = new RateLimiter(missesPerMinute, 60_000, clock);
        this.responsesPerAddress = new RateLimiter(perAddress, window.toMillis(), clock);
        this.responsesPerLink = new RateLimiter(perLink, window.toMillis(), clock);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.addressKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Counts one request; false when {@code client} is over a limit ({@code found}: whether the link exists). */
    boolean allow(String client, boolean found) {
        return requests.tryAcquire(client) && (found || misses.tryAcquire(client));
    }

    /**
     * Counts one response through the open link {@code code} from {@code client}; false when that address, or the
     * link as a whole, has given as many responses as the window allows.
     */
    boolean allowOpenLinkResponse(String client, String code) {
        return responsesPerAddress.tryAcquire(addressHash(client, code)) && responsesPerLink.tryAcquire(code);
    }

    private String addressHash(String client, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(addressKey);
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal((client + "|" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
