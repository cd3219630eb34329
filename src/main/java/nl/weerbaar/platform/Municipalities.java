package nl.weerbaar.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The municipalities (tenants) on this platform. Their names and themes are not case data. */
public interface Municipalities {

    /**
     * {@code employeeCount} may be null when unknown; {@code caseCode} (two to five capitals, the start of the
     * municipality's case numbers) may be null for a municipality created before case codes; {@code cbsCode} (the
     * CBS municipality code, four digits as in the BAG: {@code 0221}) may be null when it was not given.
     */
    record Municipality(
            UUID id,
            String slug,
            String name,
            String themePrimary,
            String themeAccent,
            String logoText,
            boolean demo,
            boolean benchmarkOptIn,
            Integer employeeCount,
            String caseCode,
            String cbsCode) {}

    List<Municipality> all();

    Optional<Municipality> byId(UUID id);

    /** The municipality with this CBS municipality code ({@code 0221}), if it is on the platform. */
    default Optional<Municipality> byCbsCode(String cbsCode) {
        return all().stream()
                .filter(m -> cbsCode != null && cbsCode.equals(m.cbsCode()))
                .findFirst();
    }

    /**
     * Runs {@code work} once for every municipality, each with that municipality as the tenant context (scheduled
     * jobs). A failure in one municipality is logged with the job's name and does not keep the others from their
     * turn; returns the number of municipalities where the work failed.
     */
    default int forEachMunicipality(String job, Runnable work) {
        int failed = 0;
        for (Municipality m : all()) {
            try {
                TenantContext.runAs(m.id(), work);
            } catch (RuntimeException e) {
                failed++;
                org.slf4j.LoggerFactory.getLogger(Municipalities.class)
                        .error("Job {} failed for municipality {}", job, m.slug(), e);
            }
        }
        return failed;
    }
}
