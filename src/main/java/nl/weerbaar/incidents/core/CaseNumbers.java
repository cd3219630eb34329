package nl.weerbaar.incidents.core;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Case numbers (ADR 0102): per municipality and Dutch calendar year a sequence without gaps, read as
 * {@code VBS-2026-0042} (the municipality's case code, the year, the sequence of at least four digits).
 */
@Repository
public class CaseNumbers {

    /** What people type: the code may be left out or written in lower case, the sequence without its zeros. */
    private static final Pattern TYPED = Pattern.compile("(?:([A-Za-z]{2,5})-)?(\\d{4})-(\\d{1,9})");

    private final JdbcClient jdbc;
    private final Municipalities municipalities;

    CaseNumbers(JdbcClient jdbc, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
    }

    /** How a number reads; without a case code (a municipality that has none yet) it starts with the year. */
    public static String format(String code, int year, int sequence) {
        return (code == null ? "" : code + "-") + year + "-" + String.format(Locale.ROOT, "%04d", sequence);
    }

    /**
     * Gives the incident the next number of its municipality and Dutch year, in one statement. The counter row stays
     * locked until the transaction ends, so this must be the report transaction's last statement: a municipality's
     * reports wait for each other only for their commit. A rolled-back report gives its number back.
     */
    String assign(UUID incident, Instant registeredAt) {
        UUID tenant = TenantContext.require();
        String code = municipalities
                .byId(tenant)
                .map(Municipalities.Municipality::caseCode)
                .orElse(null);
        int year = registeredAt.atZone(DutchTime.ZONE).getYear();
        return jdbc.sql("""
        WITH next AS (
          INSERT INTO incident_case_counter AS c (tenant_id, year, last_number) VALUES (:tenant, :year, 1)
          ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = c.last_number + 1
          RETURNING last_number)
        UPDATE incident SET case_year = :year, case_seq = next.last_number,
               case_number = CAST(:prefix AS text) || lpad(next.last_number::text, greatest(4, length(next.last_number::text)), '0')
          FROM next
         WHERE tenant_id = :tenant AND id = :id
        RETURNING case_number""")
                .param("tenant", tenant)
                .param("year", year)
                .param("prefix", (code == null ? "" : code + "-") + year + "-")
                .param("id", incident)
                .query(String.class)
                .single();
    }

    /**
     * The incident of this municipality with the number as people type it ({@code VBS-2026-0042}, {@code vbs-2026-42},
     * {@code 2026-42}); a number with another municipality's code is not found. Checks no visibility: the caller does.
     */
    public Optional<UUID> find(String typed) {
        Matcher m = TYPED.matcher(typed == null ? "" : typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        UUID tenant = TenantContext.require();
        String code = municipalities
                .byId(tenant)
                .map(Municipalities.Municipality::caseCode)
                .orElse(null);
        if (m.group(1) != null && !m.group(1).toUpperCase(Locale.ROOT).equals(code)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM incident WHERE tenant_id = ? AND case_year = ? AND case_seq = ?")
                .params(tenant, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                .query(UUID.class)
                .optional();
    }
}
