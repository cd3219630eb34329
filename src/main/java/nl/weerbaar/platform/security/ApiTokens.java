package nl.weerbaar.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for clients that are not a browser: an intranet page, a phone app, another system. A key is 32 random
 * bytes, shown once when it is made; the database keeps only its SHA-256. A key acts for the user who made it,
 * with that user's roles at the moment of use, until it expires or is revoked.
 *
 * <p>Checking a key costs one database call per key per {@code weerbaar.api.key-cache} (default one minute) on
 * each node: within that time a revocation made on this node applies at once, one made on another node — or a
 * user disabled, a role taken away — applies when the cached answer runs out.
 */
@Service
public class ApiTokens {

    /** What a key may do: {@code REPORT} only {@code POST /api/v1/reports}; {@code API} the whole API. */
    public enum Scope {
        REPORT,
        API
    }

    /** A key as its owner sees it in the list; never the key itself. */
    public record Listed(
            UUID id,
            String name,
            Scope scope,
            String hint,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A key just made: {@code secret} is shown once and cannot be read back. */
    public record Issued(UUID id, String secret) {}

    static final String PREFIX = "wbk_";
    private static final int MAX_CACHED = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Cached(ApiTokenPrincipal principal, long until) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final long cacheMillis;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, AuditLog audit, @Value("${weerbaar.api.key-cache:60s}") Duration cacheFor, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.cacheMillis = cacheFor.toMillis();
    }

    /** Makes a key for {@code owner}, valid for {@code days} days; records it in the audit log. */
    @Transactional
    public Issued issue(UserIdentity owner, String name, Scope scope, int days) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
        INSERT INTO api_token (id, tenant_id, user_id, name, scope, token_hash, hint, created_at, expires_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        owner.userId(),
                        name.strip(),
                        scope.name(),
                        sha256(secret),
                        secret.substring(secret.length() - 6),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(Duration.ofDays(days))))
                .update();
        audit.record(AuditLog.Action.CREATE, "api-token", id, "API key " + scope);
        return new Issued(id, secret);
    }

    /** The keys of {@code userId}, newest first (row-level security keeps them within the municipality). */
    public List<Listed> of(UUID userId) {
        return jdbc.sql("""
        SELECT id, name, scope, hint, created_at, expires_at, last_used_at, revoked_at
          FROM api_token WHERE tenant_id = ? AND user_id = ? ORDER BY created_at DESC""")
                .params(TenantContext.require(), userId)
                .query((rs, n) -> new Listed(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        Scope.valueOf(rs.getString(3)),
                        rs.getString(4),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8))))
                .list();
    }

    /**
     * Revokes key {@code id} of {@code owner} (by {@code by}); false when there is no such active key. On this node
     * the key stops working at once.
     */
    @Transactional
    public boolean revoke(UUID id, UUID owner, UUID by) {
        int changed =
                jdbc.sql("""
        UPDATE api_token SET revoked_at = now(), revoked_by = ?
         WHERE tenant_id = ? AND id = ? AND user_id = ? AND revoked_at IS NULL""").params(by, TenantContext.require(), id, owner).update();
        if (changed == 0) {
            return false;
        }
        cache.values()
                .removeIf(c -> c.principal() != null && c.principal().tokenId().equals(id));
        audit.record(AuditLog.Action.UPDATE, "api-token", id, "API key revoked");
        return true;
    }

    /** The user a presented key acts for, or empty when it is unknown, revoked, expired or its user may not log in. */
    Optional<ApiTokenPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        byte[] hash = sha256(secret);
        String key = HexFormat.of().formatHex(hash);
        long now = clock.millis();
        Cached cached = cache.get(key);
        if (cached == null || cached.until() < now) {
            cached = new Cached(load(hash).orElse(null), now + cacheMillis);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, cached);
        }
        ApiTokenPrincipal principal = cached.principal();
        if (principal == null || !principal.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(principal);
    }

    private Optional<ApiTokenPrincipal> load(byte[] hash) {
        return jdbc.sql("SELECT * FROM auth_use_api_token(?)")
                .param(hash)
                .query((rs, n) -> new ApiTokenPrincipal(
                        new UserIdentity(
                                rs.getObject("id", UUID.class),
                                rs.getObject("tenant_id", UUID.class),
                                rs.getString("username"),
                                rs.getString("display_name"),
                                AccountStore.roles(rs.getArray("roles")),
                                rs.getObject("department_id", UUID.class)),
                        rs.getObject("token_id", UUID.class),
                        Scope.valueOf(rs.getString("scope")),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
