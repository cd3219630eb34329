package nl.weerbaar.processes;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh municipality per test class, and small helpers to lay out processes, steps and applications. */
public final class Fixtures {

    private final JdbcClient jdbc;
    public final UUID tenant = UUID.randomUUID();

    public Fixtures(JdbcClient jdbc, String slugPrefix) {
        this.jdbc = jdbc;
        TenantContext.runAs(
                null,
                () -> jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                        .params(tenant, slugPrefix + "-" + tenant.toString().substring(0, 8), "Gemeente " + slugPrefix)
                        .query()
                        .singleRow());
    }

    public UUID process(String name, String mainCode) {
        UUID id = UUID.randomUUID();
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql("INSERT INTO proc_process (id, tenant_id, main_code, name) VALUES (?, ?, ?, ?)")
                        .params(id, tenant, mainCode, name)
                        .update());
        return id;
    }

    public void step(UUID process, String code, String activity) {
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql(
                                "INSERT INTO proc_step (id, tenant_id, process_id, code, name, activity) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), tenant, process, code, "Stap " + code, activity)
                        .update());
    }

    public void application(String code, boolean sensitive) {
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql(
                                "INSERT INTO proc_application (id, tenant_id, code, name, sensitive) VALUES (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), tenant, code, "Applicatie " + code, sensitive)
                        .update());
    }

    public void need(String position, String application) {
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql("""
        INSERT INTO proc_position_need (tenant_id, position_id, application_id)
        SELECT ?, p.id, a.id FROM proc_position p, proc_application a WHERE p.name = ? AND a.code = ?""").params(tenant, position, application).update());
    }

    public long count(String sql, Object... params) {
        return TenantContext.callAs(
                tenant, () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
