package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import nl.weerbaar.platform.audit.AuditChainVerifier;
import nl.weerbaar.platform.audit.AuditQuery;
import nl.weerbaar.platform.audit.AuditSealer;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log: append-only, hash-chained, verifiable, and visible to the coordinator only. */
class AuditLogIT extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    AuditQuery query;

    @Test
    void recordsWhoWhatWhenAndPurposeButNoContent() {
        String objectId = UUID.randomUUID().toString();
        TenantContext.runAs(Demo.KLEINDORP, () -> audit.read("test_object", objectId, "unit of work"));
        var row = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql(
                                "SELECT actor_name, action, object_type, result, purpose, origin FROM audit_event WHERE object_id = ?")
                        .param(objectId)
                        .query()
                        .singleRow());
        assertThat(row)
                .containsEntry("actor_name", "system")
                .containsEntry("action", "READ")
                .containsEntry("object_type", "test_object")
                .containsEntry("result", "SUCCESS")
                .containsEntry("purpose", "unit of work")
                .containsEntry("origin", "system");
    }

    @Test
    void objectTypesWrittenInAnOlderStyleAreShownAndFoundUnderTodaysName() {
        String id = UUID.randomUUID().toString();
        TenantContext.runAs(Demo.KLEINDORP, () -> {
            audit.read("legacy.object_type", id, "written before the names were aligned");
            audit.read("legacy-object-type", id, "written today");
        });
        TenantContext.runAs(Demo.KLEINDORP, () -> {
            assertThat(query.objectTypes()).contains("legacy-object-type").doesNotContain("legacy.object_type");
            for (String asked : java.util.List.of("legacy-object-type", "legacy.object_type")) {
                assertThat(query.find(new AuditQuery.Filter(null, null, asked, id, null, null, null)))
                        .as(asked)
                        .extracting(AuditQuery.Entry::objectType, AuditQuery.Entry::purpose)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(
                                        "legacy-object-type", "written before the names were aligned"),
                                org.assertj.core.groups.Tuple.tuple("legacy-object-type", "written today"));
            }
        });
        // what is stored is not changed: it is part of the hash chain
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT object_type FROM audit_event WHERE object_id = ? ORDER BY id")
                                .param(id)
                                .query(String.class)
                                .list()))
                .containsExactly("legacy.object_type", "legacy-object-type");
    }

    @Test
    void loginsAreAuditedWithActorRolesAndOrigin() {
        loginAs("kd.beheerder");
        var row =
                TenantContext.callAs(Demo.KLEINDORP, () -> jdbc.sql("""
        SELECT actor_roles, origin FROM audit_event
         WHERE actor_name = 'kd.beheerder' AND action = 'LOGIN' AND result = 'SUCCESS' ORDER BY id DESC LIMIT 1""").query().singleRow());
        assertThat(row.get("actor_roles")).isEqualTo("ADMIN,EMPLOYEE");
        assertThat((String) row.get("origin")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void theApplicationCannotChangeOrDeleteAuditRecords() {
        TenantContext.runAs(Demo.KLEINDORP, () -> audit.read("test_object", "x", "try"));
        TenantContext.runAs(Demo.KLEINDORP, () -> {
            assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET purpose = 'changed'")
                            .update())
                    .rootCause()
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                    .rootCause()
                    .hasMessageContaining("permission denied");
        });
    }

    @Test
    void evenTheOwnerCannotEditASealedRecordWhileTheGuardIsOn() throws Exception {
        TenantContext.runAs(Demo.KLEINDORP, () -> audit.read("test_object", "guarded", "try"));
        sealer.seal();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            assertThatThrownBy(
                            () -> st.executeUpdate("UPDATE audit_event SET purpose = 'x' WHERE object_id = 'guarded'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_event WHERE object_id = 'guarded'"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void verificationFindsTheFirstTamperedRecord() throws Exception {
        for (int i = 0; i < 5; i++) {
            String id = "chain-" + i;
            TenantContext.runAs(Demo.KLEINDORP, () -> audit.read("test_object", id, "chain test"));
        }
        sealer.seal();
        AuditChainVerifier.Verification before = TenantContext.callAs(Demo.KLEINDORP, verifier::verify);
        assertThat(before.intact()).isTrue();
        assertThat(before.checked()).isGreaterThanOrEqualTo(5);

        long target = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT id FROM audit_event WHERE object_id = 'chain-2'")
                        .query(Long.class)
                        .single());
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            // someone with database access bypasses the guard and rewrites history
            st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
            st.executeUpdate("UPDATE audit_event SET purpose = 'covered up' WHERE id = " + target);
            try {
                AuditChainVerifier.Verification after = TenantContext.callAs(Demo.KLEINDORP, verifier::verify);
                assertThat(after.intact()).isFalse();
                assertThat(after.firstBrokenId()).isEqualTo(target);
                assertThat(after.reason()).isEqualTo("CONTENT");
            } finally {
                st.executeUpdate("UPDATE audit_event SET purpose = 'chain test' WHERE id = " + target);
                st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_guard");
            }
        }
        assertThat(TenantContext.callAs(Demo.KLEINDORP, verifier::verify).intact())
                .isTrue();
    }

    @Test
    void recordsOfSeveralMunicipalitiesSealedInOneRunEachContinueTheirOwnChain() throws Exception {
        sealer.seal();
        long[] endsBefore = {chainEnd(Demo.VOORBEELDSTAD), chainEnd(Demo.KLEINDORP)};
        for (int i = 0; i < 6; i++) {
            String id = "interleaved-" + i;
            TenantContext.runAs(
                    i % 2 == 0 ? Demo.VOORBEELDSTAD : Demo.KLEINDORP,
                    () -> audit.read("test_object", id, "interleaved"));
        }
        sealer.seal();
        assertThat(chainEnd(Demo.VOORBEELDSTAD)).isEqualTo(endsBefore[0] + 3);
        assertThat(chainEnd(Demo.KLEINDORP)).isEqualTo(endsBefore[1] + 3);
        assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, verifier::verify).intact())
                .isTrue();
        assertThat(TenantContext.callAs(Demo.KLEINDORP, verifier::verify).intact())
                .isTrue();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement();
                var rs = st.executeQuery("""
            SELECT count(*) FROM (SELECT chain_seq - lag(chain_seq) OVER (PARTITION BY tenant_id ORDER BY id) AS step,
                                         prev_hash = lag(hash) OVER (PARTITION BY tenant_id ORDER BY id) AS linked
                                    FROM audit_event WHERE hash IS NOT NULL) s
             WHERE s.step <> 1 OR NOT s.linked""")) {
            rs.next();
            assertThat(rs.getLong(1))
                    .as("every sealed record follows the previous one of its municipality")
                    .isZero();
        }
    }

    private long chainEnd(UUID tenant) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT coalesce(max(chain_seq), 0) FROM audit_event WHERE tenant_id = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single());
    }

    @Test
    void coordinatorSeesAndVerifiesTheLogOthersDoNot() {
        WebClient coordinator = loginAs("kd.coordinator");
        var page = coordinator.get("/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("kd.coordinator");
        var verified = coordinator.postForm("/audit/verify", java.util.Map.of());
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("De keten is intact");

        assertThat(loginAs("kd.medewerker").get("/audit").statusCode()).isEqualTo(403);
        assertThat(loginAs("kd.beheerder").getJson("/api/v1/audit-events").statusCode())
                .isEqualTo(403);
        var api = coordinator.getJson("/api/v1/audit-events?action=LOGIN");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"action\":\"LOGIN\"").doesNotContain("medewerker@");
    }

    @Autowired
    org.springframework.context.MessageSource messageSource;

    /** What an entry is about is shown in words: every object type in the log has a label in Dutch and English. */
    @Test
    void everyObjectTypeInTheLogHasALabelInBothLanguages() throws Exception {
        loginAs("coordinator").get("/audit");
        java.util.List<String> types = new java.util.ArrayList<>();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement();
                // test_object: written by the tests of this class only
                java.sql.ResultSet rs = st.executeQuery(
                        "SELECT DISTINCT object_type FROM audit_event WHERE object_type <> 'test_object'")) {
            while (rs.next()) {
                types.add(rs.getString(1));
            }
        }
        assertThat(types).isNotEmpty();
        for (java.util.Locale locale :
                java.util.List.of(java.util.Locale.forLanguageTag("nl"), java.util.Locale.ENGLISH)) {
            assertThat(types)
                    .as("object types without a label in " + locale)
                    .allSatisfy(t -> assertThat(messageSource.getMessage("audit.type." + t, null, null, locale))
                            .as(t)
                            .isNotNull());
        }
    }
}
