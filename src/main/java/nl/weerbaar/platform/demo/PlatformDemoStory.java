package nl.weerbaar.platform.demo;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.DemoStory;
import nl.weerbaar.platform.TenantContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's part of the demo story: three more made-up municipalities (without users) with departments, and
 * every demo municipality taking part in the comparison with other municipalities, which needs at least three others.
 */
@Component
@Order(0)
class PlatformDemoStory implements DemoStory {

    /** The story's own municipalities: id, slug, name, employees. */
    private static final List<Object[]> MUNICIPALITIES = List.of(
            new Object[] {ZEESTAD, "zeestad", "Gemeente Zeestad", 980},
            new Object[] {HEUVELRIJK, "heuvelrijk", "Gemeente Heuvelrijk", 620},
            new Object[] {POLDERWAARD, "polderwaard", "Gemeente Polderwaard", 410});

    /** Departments of the story's municipalities (codes as in Voorbeeldstad, so the modules' stories can use them). */
    private static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"BZ", "Burgerzaken"},
            new String[] {"VG", "Vergunningen"},
            new String[] {"TH", "Toezicht en Handhaving"},
            new String[] {"SD", "Sociaal Domein"},
            new String[] {"BEL", "Belastingen"},
            new String[] {"BST", "Bestuur"});

    private final JdbcClient jdbc;

    PlatformDemoStory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void tell() {
        for (Object[] m : MUNICIPALITIES) {
            UUID id = (UUID) m[0];
            jdbc.sql("SELECT platform_create_municipality(?, ?, ?, true)")
                    .params(id, m[1], m[2])
                    .query()
                    .singleRow();
            jdbc.sql("UPDATE municipality SET employee_count = ? WHERE id = ?")
                    .params(m[3], id)
                    .update();
            TenantContext.runAs(id, () -> {
                for (String[] d : DEPARTMENTS) {
                    jdbc.sql("INSERT INTO department (id, tenant_id, code, name) VALUES (?, ?, ?, ?)")
                            .params(
                                    UUID.nameUUIDFromBytes(
                                            (id + d[0]).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                                    id,
                                    d[0],
                                    d[1])
                            .update();
                }
            });
        }
        jdbc.sql("UPDATE municipality SET benchmark_opt_in = true WHERE demo").update();
    }
}
