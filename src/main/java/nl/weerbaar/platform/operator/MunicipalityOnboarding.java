package nl.weerbaar.platform.operator;

import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator adds a municipality with its first functional administrator, in one transaction. The operator
 * never gets a role in the municipality and so never sees its case data.
 */
@Service
class MunicipalityOnboarding {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    MunicipalityOnboarding(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    UUID onboard(OnboardingForm form) {
        UUID id = UUID.randomUUID();
        jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                .params(id, form.getSlug(), form.getName())
                .query()
                .singleRow();
        jdbc.sql("UPDATE municipality SET case_code = ? WHERE id = ?")
                .params(form.getCaseCode(), id)
                .update();
        audit.record(AuditLog.Action.CREATE, "municipality", id, "onboarding");
        TenantContext.runAs(id, () -> {
            UUID admin = UUID.randomUUID();
            jdbc.sql("""
          INSERT INTO app_user (id, tenant_id, username, display_name, email, password_hash)
          VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            admin,
                            id,
                            form.getAdminUsername(),
                            form.getAdminName(),
                            form.getAdminEmail(),
                            encoder.encode(form.getAdminPassword()))
                    .update();
            for (Role role : new Role[] {Role.EMPLOYEE, Role.ADMIN}) {
                jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role) VALUES (?, ?, ?)")
                        .params(admin, id, role.name())
                        .update();
            }
            audit.record(AuditLog.Action.CREATE, "user", admin, "onboarding: first administrator");
        });
        return id;
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM municipality WHERE slug = ?)")
                .param(slug)
                .query(Boolean.class)
                .single();
    }

    boolean caseCodeTaken(String caseCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM municipality WHERE case_code = ?)")
                .param(caseCode)
                .query(Boolean.class)
                .single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) > 0 FROM auth_find_account(?)")
                .param(username)
                .query(Boolean.class)
                .single();
    }
}
