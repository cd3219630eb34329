package nl.weerbaar.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Scope;
import org.junit.jupiter.api.Test;

/** Drill-down links into the incident list: department, kind and inclusive local dates of the period. */
class LinksTest {

    static final UUID DEPARTMENT = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
    static final Period Q1 = Period.containing(Period.Granularity.QUARTER, LocalDate.of(2021, 2, 15));

    @Test
    void linksCarryTheScopeAndTheInclusivePeriod() {
        Links links = new Links(new Scope(DEPARTMENT, null), true);
        assertThat(links.incidents(null, "BRIBERY", Q1))
                .isEqualTo("/incidents?department=" + DEPARTMENT + "&kind=BRIBERY&from=2021-01-01&to=2021-03-31");
        assertThat(new Links(Scope.ALL, true).incidents(null, null, Q1))
                .isEqualTo("/incidents?from=2021-01-01&to=2021-03-31");
        assertThat(new Links(Scope.ALL, true).department(DEPARTMENT.toString(), Q1.plus(-1)))
                .isEqualTo("/incidents?department=" + DEPARTMENT + "&from=2020-10-01&to=2020-12-31");
    }

    @Test
    void noLinksWhenTheListIsMissing() {
        assertThat(new Links(Scope.ALL, false).incidents(DEPARTMENT, "BRIBERY", Q1))
                .isNull();
    }
}
