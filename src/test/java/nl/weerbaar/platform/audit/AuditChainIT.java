package nl.weerbaar.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keyed audit chain (ADR 0003): what someone with database rights can do to the log is found without trusting the
 * database. Tests that tamper work in a municipality of their own and put every row back, so the shared database stays
 * verifiable for the other tests.
 */
class AuditChainIT extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    AuditKeys keys;

    @Autowired
    AuditAnchors anchors;

    @Autowired
    AuditChainJob job;

    @Autowired
    AuditChainHealthIndicator health;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aRewrittenRecordIsFoundEvenWhenAllLaterHashesAreRecomputedWithPlainSha256() throws Exception {
        UUID m = municipality();
        write(m, 6);
        long target = idAt(m, 3);
        assertThat(verify(m).intact()).isTrue();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            save(st, m);
            try {
                // the rewrite the old chain could not see: change a record, recompute its hash and every later one
                st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
                st.executeUpdate("UPDATE audit_event SET purpose = 'covered up' WHERE id = " + target);
                resealPlain(st, m, 3, false);
                assertThat(verify(m))
                        .extracting(
                                AuditChainVerifier.Verification::firstBrokenId, AuditChainVerifier.Verification::reason)
                        .containsExactly(target, "CONTENT");

                // the same, passing the recomputed rows off as written before the cut-over
                resealPlain(st, m, 3, true);
                assertThat(verify(m).reason()).isEqualTo("KEY");
            } finally {
                restore(st, m);
            }
        }
        assertThat(verify(m).intact()).isTrue();
    }

    @Test
    void aRewriteThatAlsoMovesTheCutOverIsFoundAgainstTheAnchor() throws Exception {
        UUID m = municipality();
        write(m, 5);
        TenantContext.runAs(m, () -> tx.executeWithoutResult(s -> job.anchorHere()));
        long target = idAt(m, 2);
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            save(st, m);
            try {
                st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
                st.execute("ALTER TABLE audit_chain_cutover DISABLE TRIGGER audit_chain_cutover_guard");
                st.executeUpdate("UPDATE audit_event SET purpose = 'covered up' WHERE id = " + target);
                resealPlain(st, m, 1, true);
                st.executeUpdate(
                        "INSERT INTO audit_chain_cutover (tenant_id, first_keyed_seq) VALUES ('" + m + "', 1000000)");
                AuditChainVerifier.Verification v = fresh(m);
                assertThat(v.reason()).isEqualTo("ANCHOR");
                assertThat(v.firstBrokenId()).isEqualTo(idAt(m, 5));
            } finally {
                st.executeUpdate("DELETE FROM audit_chain_cutover WHERE tenant_id = '" + m + "'");
                st.execute("ALTER TABLE audit_chain_cutover ENABLE TRIGGER audit_chain_cutover_guard");
                restore(st, m);
            }
        }
        assertThat(fresh(m).intact()).isTrue();
    }

    @Test
    void deletingTheNewestRecordsIsFoundAgainstTheLastAnchor() throws Exception {
        UUID m = municipality();
        write(m, 5);
        TenantContext.runAs(m, () -> tx.executeWithoutResult(s -> job.anchorHere()));
        assertThat(TenantContext.callAs(m, () -> anchors.last()).orElseThrow().seq())
                .isEqualTo(5);
        write(m, 2);
        assertThat(verify(m).lastSeq()).isEqualTo(7);
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            save(st, m);
            try {
                st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
                st.executeUpdate("DELETE FROM audit_event WHERE tenant_id = '" + m + "' AND chain_seq > 3");
                // a node that has not seen the chain before (another node, or after a restart) has the anchor
                AuditChainVerifier.Verification v = fresh(m);
                assertThat(v.reason()).isEqualTo("TRUNCATED");
                assertThat(v.intact()).isFalse();
                assertThat(v.lastSeq()).isEqualTo(3);
                assertThat(verify(m).reason()).isEqualTo("TRUNCATED");

                // records after the last anchor: found by every node that saw them
                restore(st, m);
                st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
                st.executeUpdate("DELETE FROM audit_event WHERE tenant_id = '" + m + "' AND chain_seq > 5");
                assertThat(verify(m).reason()).isEqualTo("TRUNCATED");
            } finally {
                restore(st, m);
            }
        }
        assertThat(fresh(m).intact()).isTrue();
        assertThat(verify(m).intact()).isTrue();
    }

    @Test
    void recordsSealedWithPlainSha256BeforeTheCutOverStayVerifiableAndAreCoveredByTheKeyedChain() throws Exception {
        UUID m = municipality();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            // three records as the old audit_seal() left them, and the cut-over the migration records after them; in
            // one transaction, so that the sealer never sees them half-made
            c.setAutoCommit(false);
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_unsealed");
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
            for (int seq = 1; seq <= 3; seq++) {
                st.executeUpdate("INSERT INTO audit_event (tenant_id, actor_name, action, object_type, result, "
                        + "purpose, chain_seq) VALUES ('" + m + "', 'system', 'READ', 'test_object', 'SUCCESS', "
                        + "'before the cut-over', " + seq + ")");
            }
            resealPlain(st, m, 1, true);
            st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_guard");
            st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_unsealed");
            st.execute("ALTER TABLE audit_chain_cutover DISABLE TRIGGER audit_chain_cutover_guard");
            st.executeUpdate("INSERT INTO audit_chain_cutover (tenant_id, first_keyed_seq) VALUES ('" + m + "', 4)");
            st.execute("ALTER TABLE audit_chain_cutover ENABLE TRIGGER audit_chain_cutover_guard");
            c.commit();
        }
        write(m, 2);
        AuditChainVerifier.Verification v = verify(m);
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
        assertThat(sealKeys(m)).containsExactly(null, null, null, keys.currentId(), keys.currentId());

        // rewriting a record before the cut-over and recomputing the plain hashes up to it breaks the first keyed link
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            save(st, m);
            try {
                st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
                st.executeUpdate("UPDATE audit_event SET purpose = 'covered up' WHERE tenant_id = '" + m
                        + "' AND chain_seq = 2");
                st.execute(resealSql(m, 2, "AND chain_seq < 4", false));
                assertThat(verify(m))
                        .extracting(
                                AuditChainVerifier.Verification::firstBrokenId, AuditChainVerifier.Verification::reason)
                        .containsExactly(idAt(m, 4), "LINK");
            } finally {
                restore(st, m);
            }
        }
        assertThat(verify(m).intact()).isTrue();
    }

    @Test
    void platformRecordsAreVerifiedToo() throws Exception {
        String marker = "platform-" + UUID.randomUUID();
        TenantContext.runAs(
                null, () -> audit.record(AuditLog.Action.UPDATE, "municipality", marker, "platform-level change"));
        AuditChainVerifier.Verification v = TenantContext.callAs(null, verifier::verify);
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isPositive();
        long target;
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            target = single(st, "SELECT id FROM audit_event WHERE tenant_id IS NULL AND object_id = '" + marker + "'");
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
            st.executeUpdate("UPDATE audit_event SET purpose = 'covered up' WHERE id = " + target);
            try {
                AuditChainVerifier.Verification broken = TenantContext.callAs(null, verifier::verify);
                assertThat(broken.firstBrokenId()).isEqualTo(target);
                assertThat(broken.reason()).isEqualTo("CONTENT");
            } finally {
                st.executeUpdate("UPDATE audit_event SET purpose = 'platform-level change' WHERE id = " + target);
                st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_guard");
            }
        }
        assertThat(TenantContext.callAs(null, verifier::verify).intact()).isTrue();
    }

    @Test
    void theScheduledVerificationWarnsOncePerBreakAndTurnsTheHealthComponentDownButNotTheProbes() throws Exception {
        String marker = "scheduled-" + UUID.randomUUID();
        TenantContext.runAs(Demo.KLEINDORP, () -> audit.read("test_object", marker, "scheduled check"));
        sealer.seal();
        job.run();
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
        long target = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT id FROM audit_event WHERE object_id = ?")
                        .param(marker)
                        .query(Long.class)
                        .single());
        int before = warnings().size();
        int sent;
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
            st.executeUpdate("UPDATE audit_event SET purpose = 'covered up' WHERE id = " + target);
            try {
                job.run();
                job.run();
                // mails leave through the outbox after the job's transaction: wait for them
                List<MimeMessage> warnings = awaitMails(
                        () -> warnings().subList(before, warnings().size()),
                        "kd.coordinator@kleindorp.demo",
                        "kd.beheerder@kleindorp.demo");
                assertThat(recipients(warnings))
                        .as("one warning per break to each coordinator and administrator")
                        .contains("kd.coordinator@kleindorp.demo", "kd.beheerder@kleindorp.demo")
                        .doesNotHaveDuplicates()
                        .doesNotContain("kd.medewerker@kleindorp.demo");
                sent = warnings.size();
                assertThat(warnings.get(0).getContent().toString()).contains("/audit");

                assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
                var client = anonymous();
                assertThat(client.getJson("/actuator/health").statusCode()).isEqualTo(503);
                assertThat(client.getJson("/actuator/health").body()).contains("\"status\":\"DOWN\"");
                for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                    var answer = client.getJson(probe);
                    assertThat(answer.statusCode()).as(probe).isEqualTo(200);
                    assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
                }
            } finally {
                st.executeUpdate("UPDATE audit_event SET purpose = 'scheduled check' WHERE id = " + target);
                st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_guard");
            }
        }
        job.run();
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(anonymous().getJson("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(warnings())
                .as("no new warning once the chain is intact again")
                .hasSize(before + sent);
    }

    @Test
    void theAnchorGoesToTheCoordinatorAndAdministratorWhoCanCheckItInTheLog() throws Exception {
        TenantContext.runAs(Demo.KLEINDORP, () -> audit.read("test_object", "anchor", "anchor test"));
        TenantContext.runAs(Demo.KLEINDORP, () -> tx.executeWithoutResult(s -> job.anchorHere()));
        AuditAnchors.Anchor anchor =
                TenantContext.callAs(Demo.KLEINDORP, () -> anchors.last()).orElseThrow();
        String link = "/audit?anchor=" + anchor.seq() + "-" + anchor.hash();
        List<MimeMessage> mails = awaitMails(
                () -> Arrays.stream(MAIL.getReceivedMessages())
                        .filter(mail -> body(mail).contains(link))
                        .toList(),
                "kd.coordinator@kleindorp.demo",
                "kd.beheerder@kleindorp.demo");
        assertThat(recipients(mails))
                .contains("kd.coordinator@kleindorp.demo", "kd.beheerder@kleindorp.demo")
                .doesNotHaveDuplicates();
        assertThat(loginAs("kd.coordinator").get(link).body()).contains("komt overeen met het auditlog");
        String other = "/audit?anchor=" + anchor.seq() + "-" + "0".repeat(64);
        assertThat(loginAs("kd.coordinator").get(other).body()).contains("komt NIET overeen");
        long beyond = anchor.seq() + 1_000_000;
        assertThat(loginAs("kd.coordinator")
                        .get("/audit?anchor=" + beyond + "-" + anchor.hash())
                        .body())
                .contains("Schakel " + beyond + " staat niet (meer) in het auditlog");
    }

    @Test
    void theApplicationCannotWriteASealedLookingRecord() {
        TenantContext.runAs(
                Demo.KLEINDORP,
                () -> assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO audit_event (tenant_id, actor_name, action, object_type, result, purpose, chain_seq,
                                                 prev_hash, hash)
                        VALUES (current_tenant(), 'x', 'READ', 'test_object', 'SUCCESS', 'forged', 999999, '', 'x')""").update()).hasMessageContaining("written unsealed"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A municipality of this test's own, so tampering with its chain touches no other test. */
    private static UUID municipality() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO municipality (id, slug, name) VALUES ('" + id + "', 'audit-"
                    + id.toString().substring(0, 8) + "', 'Auditketen "
                    + id.toString().substring(0, 8) + "')");
        }
        return id;
    }

    /** Writes {@code n} records in municipality {@code m} and seals them. */
    private void write(UUID m, int n) {
        for (int i = 0; i < n; i++) {
            TenantContext.runAs(m, () -> audit.read("test_object", UUID.randomUUID(), "chain test"));
        }
        sealer.seal();
    }

    private AuditChainVerifier.Verification verify(UUID m) {
        return TenantContext.callAs(m, verifier::verify);
    }

    /** Verification by a node that has not seen the chain before: only the database and the key. */
    private AuditChainVerifier.Verification fresh(UUID m) {
        AuditChainVerifier other = new AuditChainVerifier(jdbc, sealer, keys, anchors);
        return TenantContext.callAs(m, () -> tx.execute(s -> other.verify()));
    }

    private long idAt(UUID m, long seq) {
        return TenantContext.callAs(
                m,
                () -> jdbc.sql("SELECT id FROM audit_event WHERE tenant_id = ? AND chain_seq = ?")
                        .params(m, seq)
                        .query(Long.class)
                        .single());
    }

    private List<String> sealKeys(UUID m) {
        return TenantContext.callAs(
                m,
                () -> jdbc.sql("SELECT seal_key FROM audit_event WHERE tenant_id = ? ORDER BY chain_seq")
                        .param(m)
                        .query((rs, n) -> rs.getString(1))
                        .list());
    }

    /** Recomputes the hashes of {@code m}'s chain from {@code fromSeq} on with plain SHA-256, as an attacker can. */
    private static void resealPlain(Statement st, UUID m, long fromSeq, boolean dropKey) throws SQLException {
        st.execute(resealSql(m, fromSeq, "", dropKey));
    }

    private static String resealSql(UUID m, long fromSeq, String andWhere, boolean dropKey) {
        return """
        DO $$
        DECLARE r audit_event; prev text;
        BEGIN
          prev := coalesce((SELECT hash FROM audit_event WHERE tenant_id = '%1$s' AND chain_seq = %2$d - 1), '');
          FOR r IN SELECT * FROM audit_event WHERE tenant_id = '%1$s' AND chain_seq >= %2$d %3$s ORDER BY chain_seq LOOP
            r.prev_hash := prev;
            r.hash := encode(sha256(convert_to(prev || audit_canonical(r), 'UTF8')), 'hex');
            UPDATE audit_event SET prev_hash = r.prev_hash, hash = r.hash %4$s WHERE id = r.id;
            prev := r.hash;
          END LOOP;
        END $$""".formatted(m, fromSeq, andWhere, dropKey ? ", seal_key = NULL" : "");
    }

    /** Keeps a copy of {@code m}'s audit records on this connection, for {@link #restore}. */
    private static void save(Statement st, UUID m) throws SQLException {
        st.execute("DROP TABLE IF EXISTS saved_audit");
        st.execute("CREATE TEMP TABLE saved_audit AS SELECT * FROM audit_event WHERE tenant_id = '" + m + "'");
    }

    /** Puts {@code m}'s audit records back exactly as saved and switches the guards on again. */
    private static void restore(Statement st, UUID m) throws SQLException {
        st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
        st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_unsealed");
        try {
            st.executeUpdate("DELETE FROM audit_event WHERE tenant_id = '" + m + "'");
            st.executeUpdate("INSERT INTO audit_event SELECT * FROM saved_audit");
        } finally {
            st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_unsealed");
            st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_guard");
        }
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The mails {@code mails} finds once they include one to each of {@code to}, or after 20 seconds as they are. */
    private static List<MimeMessage> awaitMails(java.util.function.Supplier<List<MimeMessage>> mails, String... to)
            throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        List<MimeMessage> found = mails.get();
        while (!recipients(found).containsAll(List.of(to)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = mails.get();
        }
        return found;
    }

    private static List<MimeMessage> warnings() {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> subject(m).contains("niet meer intact"))
                .filter(m -> recipients(List.of(m)).stream().anyMatch(r -> r.endsWith("@kleindorp.demo")))
                .toList();
    }

    private static List<String> recipients(List<MimeMessage> mails) {
        return mails.stream()
                .flatMap(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .map(Object::toString);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
