package nl.weerbaar.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the current municipality's audit chain independently of the database function that built it
 * and reports the first broken link.
 */
@Component
public class AuditChainVerifier {

    /**
     * {@code firstBrokenId} is null when the chain is intact; {@code checked} counts the records verified;
     * {@code reason} is MISSING (a record before it is gone), LINK (its link to the previous one is wrong) or
     * CONTENT (its content changed).
     */
    public record Verification(long checked, Long firstBrokenId, String reason) {
        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    private final JdbcClient jdbc;
    private final AuditSealer sealer;

    AuditChainVerifier(JdbcClient jdbc, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    @Transactional
    public Verification verify() {
        sealer.seal();
        MessageDigest sha = sha256();
        AtomicReference<Verification> broken = new AtomicReference<>();
        long[] state = {0, 0}; // checked, expected seq
        String[] previous = {""};
        jdbc.sql("SELECT id, chain_seq, prev_hash, hash, canonical FROM audit_chain()")
                .query(rs -> {
                    if (broken.get() != null) {
                        return;
                    }
                    long id = rs.getLong("id");
                    long seq = rs.getLong("chain_seq");
                    String reason = null;
                    if (seq != state[1] + 1) {
                        reason = "MISSING";
                    } else if (!previous[0].equals(rs.getString("prev_hash"))) {
                        reason = "LINK";
                    } else {
                        String expected = HexFormat.of()
                                .formatHex(sha.digest((rs.getString("prev_hash") + rs.getString("canonical"))
                                        .getBytes(StandardCharsets.UTF_8)));
                        if (!expected.equals(rs.getString("hash"))) {
                            reason = "CONTENT";
                        }
                    }
                    if (reason != null) {
                        broken.set(new Verification(state[0], id, reason));
                        return;
                    }
                    state[0]++;
                    state[1] = seq;
                    previous[0] = rs.getString("hash");
                });
        return broken.get() != null ? broken.get() : new Verification(state[0], null, null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
