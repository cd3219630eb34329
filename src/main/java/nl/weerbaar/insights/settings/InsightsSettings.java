package nl.weerbaar.insights.settings;

import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The analysis settings of the current municipality; defaults apply until a coordinator saves them. */
@Repository("insightsSettings")
public class InsightsSettings {

    /** {@code reportRecipients}: comma-separated e-mail addresses for the quarterly report link, may be null. */
    public record Values(boolean benchmarkOptIn, int minCell, String reportRecipients) {
        public static final Values DEFAULTS = new Values(false, 5, null);
    }

    private final JdbcClient jdbc;

    InsightsSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Values current() {
        return jdbc.sql(
                        "SELECT benchmark_opt_in, min_cell, report_recipients FROM insights_settings WHERE tenant_id = ?")
                .param(TenantContext.require())
                .query(Values.class)
                .optional()
                .orElse(Values.DEFAULTS);
    }

    /** Saves the settings of the current municipality. */
    public void save(Values values) {
        UUID tenant = TenantContext.require();
        jdbc.sql("""
        INSERT INTO insights_settings (tenant_id, benchmark_opt_in, min_cell, report_recipients, updated_at)
        VALUES (?, ?, ?, ?, now())
        ON CONFLICT (tenant_id) DO UPDATE SET benchmark_opt_in = excluded.benchmark_opt_in,
          min_cell = excluded.min_cell, report_recipients = excluded.report_recipients, updated_at = now()""")
                .params(tenant, values.benchmarkOptIn(), values.minCell(), values.reportRecipients())
                .update();
    }
}
