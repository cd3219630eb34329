package nl.weerbaar.platform.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the audit chain of the municipality in context (without one: the platform's chain) independently of
 * the database and reports the first broken link. Rows before the chain's cut-over are checked with plain SHA-256,
 * rows from it on with HMAC-SHA256 under the key that sealed them; the chain must also pass every anchored head (the
 * anchors stored with a MAC, and the highest head this node has seen intact) and must not end before the last one.
 */
@Component
public class AuditChainVerifier {

    /** The chain of platform-level records (tenant NULL) is kept under this id. */
    static final UUID PLATFORM = new UUID(0, 0);

    /**
     * {@code reason} is null when the chain is intact; otherwise MISSING (a record before {@code firstBrokenId} is
     * gone), LINK (its link to the previous one is wrong), CONTENT (its content or hash changed), KEY (not sealed with
     * a key this application holds, or not keyed after the cut-over), ANCHOR (it differs from an anchored head, or an
     * anchor is forged; {@code firstBrokenId} null for the latter) or TRUNCATED (the chain ends before an anchored
     * head; {@code firstBrokenId} null). {@code checked} counts the records verified before the first broken one;
     * {@code lastSeq} and {@code head} are the place and hash of the last of them (0 and "" for an empty chain).
     */
    public record Verification(long checked, Long firstBrokenId, String reason, long lastSeq, String head) {
        public boolean intact() {
            return reason == null;
        }

        static Verification broken(long checked, Long id, String reason, long lastSeq, String head) {
            return new Verification(checked, id, reason, lastSeq, head);
        }
    }

    private record Head(long seq, String hash) {}

    private final JdbcClient jdbc;
    private final AuditSealer sealer;
    private final AuditKeys keys;
    private final AuditAnchors anchors;
    /** Per chain, the highest head this node verified intact: the chain can only grow past it. */
    private final Map<UUID, Head> seen = new ConcurrentHashMap<>();

    AuditChainVerifier(JdbcClient jdbc, AuditSealer sealer, AuditKeys keys, AuditAnchors anchors) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.keys = keys;
        this.anchors = anchors;
    }

    @Transactional
    public Verification verify() {
        sealer.seal();
        UUID chain = TenantContext.current().orElse(PLATFORM);
        TreeMap<Long, String> anchored = new TreeMap<>();
        for (AuditAnchors.Anchor a : anchors.all()) {
            if (!keys.mac(a.keyId(), anchorText(chain, a.seq(), a.hash()))
                    .map(a.mac()::equals)
                    .orElse(false)) {
                return Verification.broken(0, null, "ANCHOR", 0, "");
            }
            anchored.put(a.seq(), a.hash());
        }
        Head highest = seen.get(chain);
        if (highest != null) {
            anchored.put(highest.seq(), highest.hash());
        }
        long cutover = anchors.cutover();
        Walk walk = new Walk(cutover, anchored);
        jdbc.sql("SELECT id, chain_seq, prev_hash, hash, seal_key, canonical FROM audit_chain()")
                .query(rs -> {
                    walk.next(
                            rs.getLong("id"),
                            rs.getLong("chain_seq"),
                            rs.getString("prev_hash"),
                            rs.getString("hash"),
                            rs.getString("seal_key"),
                            rs.getString("canonical"));
                });
        Verification result = walk.result();
        if (result.intact()) {
            seen.merge(chain, new Head(result.lastSeq(), result.head()), (a, b) -> a.seq() >= b.seq() ? a : b);
        }
        return result;
    }

    /** The text an anchor's MAC is computed over. */
    static String anchorText(UUID chain, long seq, String hash) {
        return "anchor|" + chain + "|" + seq + "|" + hash;
    }

    /** The walk along one chain in order of {@code chain_seq}; stops at the first broken link. */
    private final class Walk {
        private final long cutover;
        private final TreeMap<Long, String> anchored;
        private long checked;
        private long lastSeq;
        private String head = "";
        private Verification broken;

        Walk(long cutover, TreeMap<Long, String> anchored) {
            this.cutover = cutover;
            this.anchored = anchored;
        }

        void next(long id, long seq, String prevHash, String hash, String sealKey, String canonical) {
            if (broken != null) {
                return;
            }
            String reason = reason(seq, prevHash, hash, sealKey, canonical);
            if (reason != null) {
                broken = Verification.broken(checked, id, reason, lastSeq, head);
                return;
            }
            checked++;
            lastSeq = seq;
            head = hash;
        }

        private String reason(long seq, String prevHash, String hash, String sealKey, String canonical) {
            if (seq != lastSeq + 1) {
                return "MISSING";
            }
            if (!head.equals(prevHash)) {
                return "LINK";
            }
            String text = prevHash + canonical;
            Optional<String> expected;
            if (seq < cutover) {
                expected = sealKey == null ? Optional.of(sha256(text)) : Optional.empty();
            } else {
                expected = keys.mac(sealKey, text);
            }
            if (expected.isEmpty()) {
                return "KEY";
            }
            if (!expected.get().equals(hash)) {
                return "CONTENT";
            }
            String anchor = anchored.get(seq);
            return anchor == null || anchor.equals(hash) ? null : "ANCHOR";
        }

        Verification result() {
            if (broken != null) {
                return broken;
            }
            if (!anchored.isEmpty() && anchored.lastKey() > lastSeq) {
                return Verification.broken(checked, null, "TRUNCATED", lastSeq, head);
            }
            return new Verification(checked, null, null, lastSeq, head);
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(AuditKeys.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
