package nl.weerbaar.insights.web;

import java.util.UUID;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Scope;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Drill-down links to the incident list of the incidents module, which shows only what the viewer may see:
 * {@code /incidents?department=&kind=&from=&to=} with inclusive local dates.
 */
public final class Links {

    private final Scope scope;
    private final boolean enabled;

    Links(Scope scope, boolean enabled) {
        this.scope = scope;
        this.enabled = enabled;
    }

    /**
     * The incidents of {@code period} in this scope, narrowed to {@code department} and/or {@code kind} when given;
     * null (no link) when the incident list is not available.
     */
    public String incidents(UUID department, String kind, Period period) {
        if (!enabled) {
            return null;
        }
        UUID d = department != null ? department : scope.department();
        String k = kind != null ? kind : scope.kind();
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/incidents");
        if (d != null) {
            b.queryParam("department", d);
        }
        if (k != null) {
            b.queryParam("kind", k);
        }
        return b.queryParam("from", period.from())
                .queryParam("to", period.lastDay())
                .build()
                .toUriString();
    }

    /** As {@link #incidents(UUID, String, Period)} with the department given as text (dimension rows). */
    public String department(String department, Period period) {
        return incidents(department == null ? null : UUID.fromString(department), null, period);
    }

    public boolean enabled() {
        return enabled;
    }
}
