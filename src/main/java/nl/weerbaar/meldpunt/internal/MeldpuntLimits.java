package nl.weerbaar.meldpunt.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.weerbaar.platform.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles the anonymous meldpunt, in memory only (ADR 0601): receipt codes that open nothing, per client address
 * at a meldpunt and per meldpunt (so that guessing from many addresses stops too), and new reports per address and per meldpunt.
 * The address is used only as a keyed hash whose key is made at start-up and never leaves this node; it is never
 * stored.
 */
@Component
class MeldpuntLimits {

    private final RateLimiter missesPerAddress;
    private final RateLimiter missesPerMeldpunt;
    private final RateLimiter reportsPerAddress;
    private final RateLimiter reportsPerMeldpunt;
    private final SecretKeySpec addressKey;

    MeldpuntLimits(
            @Value("${weerbaar.meldpunt.code-misses-per-address:10}") int missesPerAddress,
            @Value("${weerbaar.meldpunt.code-misses-per-meldpunt:200}") int missesPerMeldpunt,
            @Value("${weerbaar.meldpunt.reports-per-address:5}") int reportsPerAddress,
            @Value("${weerbaar.meldpunt.reports-per-meldpunt:100}") int reportsPerMeldpunt,
            @Value("${weerbaar.meldpunt.window:PT10M}") Duration window,
            Clock clock) {
        long millis = window.toMillis();
        this.missesPerAddress = new RateLimiter(missesPerAddress, millis, clock);
        this.missesPerMeldpunt = new RateLimiter(missesPerMeldpunt, millis, clock);
        this.reportsPerAddress = new RateLimiter(reportsPerAddress, millis, clock);
        this.reportsPerMeldpunt = new RateLimiter(reportsPerMeldpunt, millis, clock);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.addressKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Whether a receipt code may be tried now from {@code client} for the meldpunt of {@code tenant}. */
    boolean mayTryCode(String client, UUID tenant) {
        return !missesPerAddress.isLimited(hash(client, tenant)) && !missesPerMeldpunt.isLimited(tenant.toString());
    }

    /** Counts a code that opened nothing. */
    void missed(String client, UUID tenant) {
        missesPerAddress.record(hash(client, tenant));
        missesPerMeldpunt.record(tenant.toString());
    }

    /** Counts one new report; false when the address or the meldpunt has had as many as the window allows. */
    boolean allowReport(String client, UUID tenant) {
        return reportsPerAddress.tryAcquire(hash(client, tenant)) && reportsPerMeldpunt.tryAcquire(tenant.toString());
    }

    private String hash(String client, UUID tenant) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(addressKey);
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal((client + "|" + tenant).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
