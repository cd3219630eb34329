package nl.weerbaar.incidents.core;

import java.util.Map;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator changes the incident settings: each change in one transaction with its audit entry. */
@Service
public class IncidentSettingsService {

    private final IncidentSettings settings;
    private final AuditLog audit;

    IncidentSettingsService(IncidentSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** See {@link IncidentSettings#save}. */
    @Transactional
    public void saveFollowUp(
            Map<String, Deadline> deadlines,
            int cameraRetentionDays,
            int retentionYears,
            String secretaryNotification,
            String policeReportOwner) {
        settings.save(deadlines, cameraRetentionDays, retentionYears, secretaryNotification, policeReportOwner);
        audit.record(AuditLog.Action.UPDATE, "incident-settings", TenantContext.require(), "follow-up settings");
    }

    /** See {@link IncidentSettings#saveNorm}. */
    @Transactional
    public void saveNorm(String normText, String responseSchema) {
        settings.saveNorm(normText, responseSchema);
        audit.record(AuditLog.Action.UPDATE, "incident-norm", TenantContext.require(), "norm");
    }
}
