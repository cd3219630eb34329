package nl.weerbaar.platform.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo municipalities "Gemeente Voorbeeldstad" and "Gemeente Kleindorp" with departments,
 * positions and one user per role, once (it does nothing when they exist). Off in production.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
public class PlatformDemoData implements ApplicationRunner {

    public static final String PASSWORD = "Weerbaar-demo-2026";
    public static final UUID VOORBEELDSTAD = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID KLEINDORP = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private static final Logger LOG = LoggerFactory.getLogger(PlatformDemoData.class);

    private static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"BZ", "Burgerzaken"}, new String[] {"VG", "Vergunningen"},
            new String[] {"TH", "Toezicht en Handhaving"}, new String[] {"SD", "Sociaal Domein"},
            new String[] {"BEL", "Belastingen"}, new String[] {"FIN", "Financiën"},
            new String[] {"OOV", "Openbare Orde en Veiligheid"}, new String[] {"GRF", "Griffie"},
            new String[] {"BST", "Bestuur"}, new String[] {"IV", "Informatievoorziening"},
            new String[] {"HRM", "Personeel en Organisatie"}, new String[] {"INK", "Inkoop"});

    /** name, scale (0 = none), holds mandate, political office. */
    private static final List<Object[]> POSITIONS = List.of(
            new Object[] {"Baliemedewerker burgerzaken", 6, false, false},
            new Object[] {"Vergunningverlener", 9, true, false},
            new Object[] {"Bibob-onderzoeker", 10, false, false},
            new Object[] {"Handhaver / boa", 7, false, false},
            new Object[] {"Consulent werk en inkomen", 8, true, false},
            new Object[] {"Belastingmedewerker", 7, false, false},
            new Object[] {"Crediteurenadministrateur", 6, false, false},
            new Object[] {"Inkoopadviseur", 10, true, false},
            new Object[] {"Teamleider", 11, true, false},
            new Object[] {"Adviseur openbare orde en veiligheid", 11, false, false},
            new Object[] {"Applicatiebeheerder", 8, false, false},
            new Object[] {"Gemeentesecretaris", 16, true, false},
            new Object[] {"Burgemeester", 0, true, true},
            new Object[] {"Wethouder", 0, true, true},
            new Object[] {"Raadslid", 0, false, true});

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PasswordEncoder encoder;

    PlatformDemoData(JdbcClient jdbc, TransactionTemplate tx, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean present = jdbc.sql("SELECT EXISTS (SELECT 1 FROM municipality WHERE id = ?)")
                .param(VOORBEELDSTAD)
                .query(Boolean.class)
                .single();
        if (present) {
            return;
        }
        Boolean real = jdbc.sql("SELECT EXISTS (SELECT 1 FROM municipality WHERE NOT demo)")
                .query(Boolean.class)
                .single();
        if (real) {
            // Demo users have a published password: never loaded next to a real municipality.
            throw new IllegalStateException("WEERBAAR_DEMO is true, but this database holds a real municipality:"
                    + " demo mode is refused here. Start without WEERBAAR_DEMO (it is off by default).");
        }
        String hash = encoder.encode(PASSWORD);
        tx.executeWithoutResult(s -> {
            jdbc.sql("SELECT platform_create_municipality(?, ?, ?, true)")
                    .params(VOORBEELDSTAD, "voorbeeldstad", "Gemeente Voorbeeldstad")
                    .query()
                    .singleRow();
            jdbc.sql("SELECT platform_create_municipality(?, ?, ?, true)")
                    .params(KLEINDORP, "kleindorp", "Gemeente Kleindorp")
                    .query()
                    .singleRow();
            jdbc.sql("UPDATE municipality SET employee_count = 1450, theme_primary = '#154273', case_code = 'VBS'"
                            + " WHERE id = ?")
                    .param(VOORBEELDSTAD)
                    .update();
            jdbc.sql(
                            "UPDATE municipality SET employee_count = 180, theme_primary = '#2e5c2e', theme_accent = '#a34a00',"
                                    + " case_code = 'KLD' WHERE id = ?")
                    .param(KLEINDORP)
                    .update();
            jdbc.sql("SELECT platform_create_operator(?, ?, ?, ?)")
                    .params(UUID.randomUUID(), "platformbeheerder", "Pim Platform", hash)
                    .query()
                    .singleRow();
            TenantContext.runAs(VOORBEELDSTAD, () -> voorbeeldstad(hash));
            TenantContext.runAs(KLEINDORP, () -> kleindorp(hash));
        });
        LOG.info("Demo municipalities loaded; demo password: {}", PASSWORD);
    }

    private void voorbeeldstad(String hash) {
        Map<String, UUID> departments = departments(DEPARTMENTS);
        Map<String, UUID> positions = positions();
        user(
                "medewerker",
                "Mira Medewerker",
                departments.get("BZ"),
                positions.get("Baliemedewerker burgerzaken"),
                null,
                hash,
                Role.EMPLOYEE);
        user(
                "leidinggevende",
                "Lars Leidinggevende",
                departments.get("BZ"),
                positions.get("Teamleider"),
                null,
                hash,
                Role.EMPLOYEE,
                Role.MANAGER);
        user(
                "vergunningverlener",
                "Vera Vergunning",
                departments.get("VG"),
                positions.get("Vergunningverlener"),
                null,
                hash,
                Role.EMPLOYEE);
        user(
                "leidinggevende.vg",
                "Victor Teamleider",
                departments.get("VG"),
                positions.get("Teamleider"),
                null,
                hash,
                Role.EMPLOYEE,
                Role.MANAGER);
        user(
                "vertrouwenspersoon",
                "Vera Vertrouwen",
                departments.get("HRM"),
                null,
                "CIVIL_SERVANTS",
                hash,
                Role.EMPLOYEE,
                Role.CONFIDANT);
        user(
                "vertrouwenspersoon.bestuur",
                "Bram Bestuursvertrouwen",
                departments.get("GRF"),
                null,
                "OFFICE_HOLDERS",
                hash,
                Role.EMPLOYEE,
                Role.CONFIDANT);
        user(
                "coordinator",
                "Cor Coördinator",
                departments.get("OOV"),
                positions.get("Adviseur openbare orde en veiligheid"),
                null,
                hash,
                Role.EMPLOYEE,
                Role.COORDINATOR);
        user(
                "secretaris",
                "Sanne Secretaris",
                departments.get("BST"),
                positions.get("Gemeentesecretaris"),
                null,
                hash,
                Role.EMPLOYEE,
                Role.SECRETARY);
        user("jurist", "Jamal Jurist", departments.get("OOV"), null, null, hash, Role.EMPLOYEE, Role.LEGAL);
        user(
                "beheerder",
                "Bea Beheer",
                departments.get("IV"),
                positions.get("Applicatiebeheerder"),
                null,
                hash,
                Role.EMPLOYEE,
                Role.ADMIN);
        user(
                "burgemeester",
                "Burgemeester Van Dijk",
                departments.get("BST"),
                positions.get("Burgemeester"),
                null,
                hash,
                Role.EMPLOYEE);
    }

    private void kleindorp(String hash) {
        Map<String, UUID> departments = departments(List.of(
                new String[] {"PUB", "Publiekszaken"},
                new String[] {"RO", "Ruimte en Vergunningen"},
                new String[] {"BST", "Bestuur"}));
        user("kd.medewerker", "Kees Kleindorp", departments.get("PUB"), null, null, hash, Role.EMPLOYEE);
        user(
                "kd.coordinator",
                "Karin Coördinator",
                departments.get("BST"),
                null,
                null,
                hash,
                Role.EMPLOYEE,
                Role.COORDINATOR,
                Role.SECRETARY);
        user("kd.beheerder", "Koen Beheer", departments.get("PUB"), null, null, hash, Role.EMPLOYEE, Role.ADMIN);
    }

    private Map<String, UUID> departments(List<String[]> rows) {
        Map<String, UUID> ids = new java.util.HashMap<>();
        UUID tenant = TenantContext.require();
        for (String[] row : rows) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO department (id, tenant_id, code, name) VALUES (?, ?, ?, ?)")
                    .params(id, tenant, row[0], row[1])
                    .update();
            ids.put(row[0], id);
        }
        return ids;
    }

    private Map<String, UUID> positions() {
        Map<String, UUID> ids = new java.util.HashMap<>();
        UUID tenant = TenantContext.require();
        for (Object[] row : POSITIONS) {
            UUID id = UUID.randomUUID();
            int scale = (Integer) row[1];
            jdbc.sql("""
          INSERT INTO position (id, tenant_id, name, salary_scale, holds_mandate, political_office)
          VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, tenant, row[0], scale == 0 ? null : scale, row[2], row[3])
                    .update();
            ids.put((String) row[0], id);
        }
        return ids;
    }

    private void user(
            String username,
            String name,
            UUID department,
            UUID position,
            String confidantScope,
            String hash,
            Role... roles) {
        UUID tenant = TenantContext.require();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
        INSERT INTO app_user (id, tenant_id, username, display_name, email, password_hash, department_id, position_id,
                              confidant_scope)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        tenant,
                        username,
                        name,
                        username + "@" + (tenant.equals(KLEINDORP) ? "kleindorp" : "voorbeeldstad") + ".demo",
                        hash,
                        department,
                        position,
                        confidantScope)
                .update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role) VALUES (?, ?, ?)")
                    .params(id, tenant, role.name())
                    .update();
        }
    }
}
