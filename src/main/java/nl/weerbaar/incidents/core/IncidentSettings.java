package nl.weerbaar.incidents.core;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current municipality's incident settings, with defaults when it has none: deadlines per step
 * ({@code 24h} / {@code 5wd}), camera retention in days, retention of closed cases in years, and how the
 * municipal secretary is informed.
 */
@Component
public class IncidentSettings {

    /** Default deadlines; EVIDENCE is derived from the camera retention. */
    public static final Map<String, String> DEFAULT_DEADLINES = Map.of(
            "AFTERCARE",
            "24h",
            "PERPETRATOR_RESPONSE",
            "48h",
            "POLICE_REPORT",
            "3wd",
            "DAMAGE_RECOVERY",
            "20wd",
            "FEEDBACK",
            "10wd",
            "LESSONS",
            "30wd");

    public record Values(
            Map<String, Deadline> deadlines,
            int cameraRetentionDays,
            int retentionYears,
            String secretaryNotification,
            String normText,
            String responseSchema,
            String policeReportOwner) {

        /** Whether the legal adviser (role LEGAL) owns the police-report step, rather than the coordinator. */
        public boolean legalOwnsPoliceReport() {
            return "LEGAL".equals(policeReportOwner);
        }
    }

    private final JdbcClient jdbc;

    IncidentSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Values current() {
        Map<String, Deadline> deadlines = new LinkedHashMap<>();
        DEFAULT_DEADLINES.forEach((k, v) -> deadlines.put(k, Deadline.parse(v)));
        // One statement: this runs for every report submitted.
        return jdbc.sql("""
        SELECT camera_retention_days, retention_years, secretary_notification, norm_text, response_schema,
               ARRAY(SELECT d.key || '=' || d.value FROM jsonb_each_text(deadlines) d) AS deadlines,
               police_report_owner
          FROM incident_settings WHERE tenant_id = ?""")
                .param(TenantContext.require())
                .query((rs, n) -> {
                    for (Object kv : (Object[]) rs.getArray(6).getArray()) {
                        String[] parts = ((String) kv).split("=", 2);
                        try {
                            deadlines.put(parts[0], Deadline.parse(parts[1]));
                        } catch (IllegalArgumentException e) {
                            // an unreadable setting keeps the default
                        }
                    }
                    return new Values(
                            deadlines,
                            rs.getInt(1),
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(7));
                })
                .optional()
                .orElse(new Values(deadlines, 7, 5, "IMMEDIATE", null, null, "COORDINATOR"));
    }

    /** The limits the settings page and the database both enforce. */
    public static final int MIN_CAMERA_DAYS = 1;

    public static final int MAX_CAMERA_DAYS = 90;
    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 30;

    /**
     * Stores deadlines (one per step except EVIDENCE, which follows the camera retention), the camera retention in
     * days, the retention of closed cases in years and how the secretary is informed. Applies to cases opened
     * from now on; existing deadlines stay as they were set. Switching to the digest starts it from now: cases
     * announced one by one before are not announced again.
     */
    public void save(
            Map<String, Deadline> deadlines,
            int cameraRetentionDays,
            int retentionYears,
            String secretaryNotification,
            String policeReportOwner) {
        var json = new StringBuilder("{");
        deadlines.forEach((step, d) -> {
            if (!DEFAULT_DEADLINES.containsKey(step)) {
                throw new IllegalArgumentException("Unknown step " + step);
            }
            json.append(json.length() > 1 ? "," : "")
                    .append('"')
                    .append(step)
                    .append("\":\"")
                    .append(d)
                    .append('"');
        });
        json.append('}');
        jdbc.sql("""
        INSERT INTO incident_settings (tenant_id, deadlines, camera_retention_days, retention_years,
                                       secretary_notification, digest_sent_at, police_report_owner)
        VALUES (?, ?::jsonb, ?, ?, ?, now(), ?)
        ON CONFLICT (tenant_id) DO UPDATE SET deadlines = excluded.deadlines,
          camera_retention_days = excluded.camera_retention_days, retention_years = excluded.retention_years,
          secretary_notification = excluded.secretary_notification, police_report_owner = excluded.police_report_owner,
          digest_sent_at = CASE WHEN incident_settings.secretary_notification <> 'DIGEST' THEN now()
                                ELSE incident_settings.digest_sent_at END""")
                .params(
                        TenantContext.require(),
                        json.toString(),
                        cameraRetentionDays,
                        retentionYears,
                        secretaryNotification,
                        policeReportOwner)
                .update();
    }

    /** Stores the norm and the response schema (the coordinator's page). */
    public void saveNorm(String normText, String responseSchema) {
        jdbc.sql("""
        INSERT INTO incident_settings (tenant_id, norm_text, response_schema) VALUES (?, ?, ?)
        ON CONFLICT (tenant_id) DO UPDATE SET norm_text = excluded.norm_text, response_schema = excluded.response_schema""").params(TenantContext.require(), normText, responseSchema).update();
    }
}
