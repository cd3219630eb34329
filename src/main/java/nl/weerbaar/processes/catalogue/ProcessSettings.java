package nl.weerbaar.processes.catalogue;

import java.security.SecureRandom;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's settings of the current municipality. The first use creates them with defaults (5×5 matrix,
 * langzitter after 5 years, a random key for pseudonyms) together with the shipped segregation-of-duty rules.
 */
@Component
public class ProcessSettings {

    /** The settings of one municipality; {@code pseudonymKey} never leaves the server. */
    public record Settings(int likelihoodLevels, int impactLevels, int langzitterYears, byte[] pseudonymKey) {
        public RiskMatrix matrix() {
            return new RiskMatrix(likelihoodLevels, impactLevels);
        }
    }

    /** Shipped rules: name key, activity a, activity b. */
    static final String[][] SHIPPED_RULES = {
        {"Bibob-onderzoek en verlenen van de vergunning", "BIBOB_INVESTIGATION", "PERMIT_GRANT"},
        {"Innemen en uitreiken van reisdocumenten", "TRAVELDOC_INTAKE", "TRAVELDOC_HANDOUT"},
        {"Aangaan van een verplichting en betalen van de factuur", "OBLIGATION_ENTRY", "INVOICE_PAYMENT"}
    };

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    ProcessSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings of the current municipality, created on first use. */
    @Transactional
    public Settings current() {
        UUID tenant = TenantContext.require();
        var existing = read();
        if (existing != null) {
            return existing;
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        int inserted = jdbc.sql(
                        "INSERT INTO proc_setting (tenant_id, pseudonym_key) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(tenant, key)
                .update();
        if (inserted == 1) {
            for (String[] rule : SHIPPED_RULES) {
                jdbc.sql("""
            INSERT INTO proc_sod_rule (id, tenant_id, name, activity_a, activity_b) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""")
                        .params(UUID.randomUUID(), tenant, rule[0], rule[1], rule[2])
                        .update();
            }
        }
        return read();
    }

    /** Changes matrix size and langzitter threshold; assessments outside a smaller matrix are refused by the caller. */
    @Transactional
    public void update(int likelihoodLevels, int impactLevels, int langzitterYears) {
        current();
        jdbc.sql("UPDATE proc_setting SET likelihood_levels = ?, impact_levels = ?, langzitter_years = ?")
                .params(likelihoodLevels, impactLevels, langzitterYears)
                .update();
    }

    private Settings read() {
        return jdbc.sql("SELECT likelihood_levels, impact_levels, langzitter_years, pseudonym_key FROM proc_setting")
                .query((rs, n) -> new Settings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4)))
                .optional()
                .orElse(null);
    }
}
