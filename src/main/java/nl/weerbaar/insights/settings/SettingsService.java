package nl.weerbaar.insights.settings;

import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator saves the analysis settings: all at once or not at all, with the audit entry. */
@Service("insightsSettingsService")
public class SettingsService {

    private final InsightsSettings settings;
    private final DepartmentCategories categories;
    private final AuditLog audit;

    SettingsService(InsightsSettings settings, DepartmentCategories categories, AuditLog audit) {
        this.settings = settings;
        this.categories = categories;
        this.audit = audit;
    }

    /** Stores the settings and the chosen category of each department in {@code chosen}. */
    @Transactional
    public void save(InsightsSettings.Values values, Map<UUID, String> chosen) {
        settings.save(values);
        chosen.forEach(categories::set);
        audit.record(AuditLog.Action.UPDATE, "insights-settings", null, "analysis settings");
    }
}
