package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Row-level security: the database itself keeps municipalities apart, whatever the query says. */
class TenantIsolationIT extends IntegrationTest {

    @Autowired
    TransactionTemplate tx;

    @Test
    void withoutTenantContextTenantTablesAreEmpty() {
        TenantContext.runAs(null, () -> {
            assertThat(jdbc.sql("SELECT count(*) FROM department")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM app_user")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM user_role")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event")
                            .query(Long.class)
                            .single())
                    .isZero();
        });
    }

    @Test
    void aQueryWithoutWhereSeesOnlyTheOwnMunicipality() {
        long voorbeeldstad = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM department")
                        .query(Long.class)
                        .single());
        long kleindorp = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT count(*) FROM department")
                        .query(Long.class)
                        .single());
        assertThat(voorbeeldstad).isGreaterThanOrEqualTo(9);
        assertThat(kleindorp).isBetween(1L, 8L);
        TenantContext.runAs(
                Demo.KLEINDORP,
                () -> assertThat(jdbc.sql("SELECT count(*) FROM department WHERE tenant_id = ?")
                                .param(Demo.VOORBEELDSTAD)
                                .query(Long.class)
                                .single())
                        .isZero());
    }

    @Test
    void writingIntoAnotherMunicipalityIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> TenantContext.runAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql(
                                        "INSERT INTO department (id, tenant_id, code, name) VALUES (?, ?, 'X1', 'Ingebroken')")
                                .params(UUID.randomUUID(), Demo.VOORBEELDSTAD)
                                .update()))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void tenantSwitchInsideARunningTransactionAppliesToItsConnection() {
        long[] counts = tx.execute(s -> new long[] {
            TenantContext.callAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql("SELECT count(*) FROM department")
                            .query(Long.class)
                            .single()),
            TenantContext.callAs(
                    null,
                    () -> jdbc.sql("SELECT count(*) FROM department")
                            .query(Long.class)
                            .single())
        });
        assertThat(counts[0]).isPositive();
        assertThat(counts[1]).isZero();
    }

    /**
     * The binding a connection carries is remembered to save round trips; a switch inside a transaction that is
     * rolled back must not leave a remembered binding that is no longer true. One physical connection, reused.
     */
    @Test
    void aRolledBackSwitchLeavesNoStaleBindingOnAReusedConnection() throws Exception {
        var single = new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                nl.weerbaar.support.TestDatabase.ownerConnection(), true);
        try (var tenantAware = new nl.weerbaar.platform.database.TenantAwareDataSource(single)) {
            var client = org.springframework.jdbc.core.simple.JdbcClient.create(tenantAware);
            var manager = new org.springframework.jdbc.support.JdbcTransactionManager(tenantAware);
            String setting = "SELECT current_setting('app.tenant_id', true)";
            java.util.function.Supplier<String> seen =
                    () -> client.sql(setting).query(String.class).single();

            assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, seen)).isEqualTo(Demo.VOORBEELDSTAD.toString());
            assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, seen))
                    .as("remembered")
                    .isEqualTo(Demo.VOORBEELDSTAD.toString());
            TenantContext.runAs(
                    Demo.VOORBEELDSTAD,
                    () -> new TransactionTemplate(manager).executeWithoutResult(status -> {
                        TenantContext.runAs(
                                Demo.KLEINDORP,
                                () -> client.sql("SELECT set_config('app.tenant_id', ?, false)")
                                        .param(Demo.KLEINDORP.toString())
                                        .query()
                                        .singleRow());
                        assertThat(TenantContext.callAs(Demo.KLEINDORP, seen)).isEqualTo(Demo.KLEINDORP.toString());
                        status.setRollbackOnly();
                    }));
            assertThat(TenantContext.callAs(Demo.KLEINDORP, seen)).isEqualTo(Demo.KLEINDORP.toString());
            assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, seen)).isEqualTo(Demo.VOORBEELDSTAD.toString());
            assertThat(TenantContext.callAs(null, seen)).isEmpty();
        } finally {
            single.destroy();
        }
    }

    @Test
    void theApplicationRoleOwnsNoTableAndCannotBypassRowLevelSecurity() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("weerbaar_app");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void everyTableWithATenantColumnHasRowLevelSecurity() {
        var unprotected = jdbc.sql("""
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity
           AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')""").query(String.class).list();
        assertThat(unprotected).isEmpty();
    }
}
