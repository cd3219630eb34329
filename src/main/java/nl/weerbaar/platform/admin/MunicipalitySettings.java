package nl.weerbaar.platform.admin;

import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.web.JdbcMunicipalities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.Errors;

/**
 * Name, theme (logo text, primary and accent colour), benchmark opt-in and employee count of the current
 * municipality. Colours must give white text a contrast of at least 4.5:1; the cached theme is dropped after
 * the change is committed.
 */
@Service
class MunicipalitySettings {

    static final String TYPE = "municipality";

    private final JdbcClient jdbc;
    private final JdbcMunicipalities municipalities;
    private final AuditLog audit;

    MunicipalitySettings(JdbcClient jdbc, JdbcMunicipalities municipalities, AuditLog audit) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    SettingsForm current() {
        SettingsForm f = new SettingsForm();
        jdbc.sql("""
        SELECT name, logo_text, theme_primary, theme_accent, benchmark_opt_in, employee_count
          FROM municipality WHERE id = ?""").param(TenantContext.require()).query(rs -> {
            f.setName(rs.getString("name"));
            f.setLogoText(rs.getString("logo_text"));
            f.setThemePrimary(rs.getString("theme_primary"));
            f.setThemeAccent(rs.getString("theme_accent"));
            f.setBenchmarkOptIn(rs.getBoolean("benchmark_opt_in"));
            f.setEmployeeCount((Integer) rs.getObject("employee_count"));
        });
        return f;
    }

    /** False when {@code errors} got entries. */
    @Transactional
    boolean save(SettingsForm f, Errors errors) {
        validate(f, errors);
        if (errors.hasErrors()) {
            return false;
        }
        UUID id = TenantContext.require();
        jdbc.sql("""
        UPDATE municipality SET name = ?, logo_text = ?, theme_primary = ?, theme_accent = ?, benchmark_opt_in = ?,
                                employee_count = ?
         WHERE id = ?""")
                .params(
                        f.getName(),
                        f.getLogoText(),
                        f.getThemePrimary().toLowerCase(),
                        f.getThemeAccent().toLowerCase(),
                        f.isBenchmarkOptIn(),
                        f.getEmployeeCount(),
                        id)
                .update();
        audit.record(Action.UPDATE, TYPE, id, "administration: theme and settings");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                municipalities.evict(id);
            }
        });
        return true;
    }

    private static void validate(SettingsForm f, Errors errors) {
        f.setName(Text.clean(f.getName()));
        f.setLogoText(Text.clean(f.getLogoText()));
        f.setThemePrimary(Text.clean(f.getThemePrimary()));
        f.setThemeAccent(Text.clean(f.getThemeAccent()));
        if (f.getName() == null) {
            errors.rejectValue("name", "admin.settings.name.required");
        } else if (Text.length(f.getName()) < 2 || Text.length(f.getName()) > 120) {
            errors.rejectValue("name", "admin.settings.name.length");
        }
        if (Text.length(f.getLogoText()) > 60) {
            errors.rejectValue("logoText", "admin.settings.logo.length");
        }
        colour(f.getThemePrimary(), "themePrimary", errors);
        colour(f.getThemeAccent(), "themeAccent", errors);
        if (!errors.hasFieldErrors("employeeCount")
                && f.getEmployeeCount() != null
                && (f.getEmployeeCount() < 0 || f.getEmployeeCount() > 1_000_000)) {
            errors.rejectValue("employeeCount", "admin.settings.employees.range");
        }
    }

    private static void colour(String value, String field, Errors errors) {
        if (!Contrast.isHex(value)) {
            errors.rejectValue(field, "admin.settings.colour.format");
        } else if (Contrast.againstWhite(value) < Contrast.MINIMUM) {
            errors.rejectValue(
                    field,
                    "admin.settings.colour.contrast",
                    new Object[] {
                        String.format(
                                org.springframework.context.i18n.LocaleContextHolder.getLocale(),
                                "%.1f",
                                Contrast.againstWhite(value)),
                        Contrast.darkenToPass(value)
                    },
                    null);
        }
    }
}
