package nl.weerbaar.insights.facts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incidents.DemoIncidents;
import nl.weerbaar.platform.DemoStory;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of the demo story: the story's incidents ({@link DemoIncidents}, the same list the incidents module
 * stores as cases) as facts of all five demo municipalities, their kept counts rebuilt, and each department's
 * category for the comparison with other municipalities (only where none is set).
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class InsightsDemoStory implements DemoStory {

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("BZ", "PUBLIC_SERVICES"),
            Map.entry("PUB", "PUBLIC_SERVICES"),
            Map.entry("VG", "PERMITS"),
            Map.entry("RO", "PERMITS"),
            Map.entry("TH", "ENFORCEMENT"),
            Map.entry("SD", "SOCIAL"),
            Map.entry("BEL", "TAXES"),
            Map.entry("FIN", "FINANCE"),
            Map.entry("OOV", "PUBLIC_ORDER"),
            Map.entry("BST", "GOVERNANCE"),
            Map.entry("GRF", "GOVERNANCE"),
            Map.entry("IV", "SUPPORT"),
            Map.entry("HRM", "SUPPORT"),
            Map.entry("INK", "SUPPORT"));

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Clock clock;

    InsightsDemoStory(JdbcClient jdbc, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public void tell() {
        LocalDate today = DutchTime.today(clock);
        for (UUID municipality : MUNICIPALITIES) {
            TenantContext.runAs(municipality, () -> facts(municipality, today));
        }
    }

    private void facts(UUID municipality, LocalDate today) {
        Map<String, UUID> departments = new HashMap<>();
        organisation.departments().forEach(d -> {
            departments.put(d.code(), d.id());
            if (CATEGORIES.containsKey(d.code())) {
                jdbc.sql("INSERT INTO insights_department_category (tenant_id, department_id, category) "
                                + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(municipality, d.id(), CATEGORIES.get(d.code()))
                        .update();
            }
        });
        List<DemoIncidents.Incident> story = DemoIncidents.of(municipality, today, DutchTime.ZONE);
        String[][] facts = new String[12][story.size()];
        List<String[]> kinds = new ArrayList<>();
        for (int i = 0; i < story.size(); i++) {
            DemoIncidents.Incident x = story.get(i);
            UUID department = x.confidential() ? null : departments.get(x.department());
            String[] row = {
                x.id().toString(),
                x.occurredAt().toString(),
                LocalDate.ofInstant(x.occurredAt(), DutchTime.ZONE).toString(),
                x.registeredAt().toString(),
                department == null ? null : department.toString(),
                x.confidential() ? null : x.locationType(),
                x.confidential() ? null : x.relation(),
                x.perpetratorKey(),
                x.severity(),
                String.valueOf(x.confidential()),
                text(x.aftercareAt()),
                text(x.responseAt())
            };
            for (int c = 0; c < row.length; c++) {
                facts[c][i] = row[c];
            }
            for (String kind : x.kinds()) {
                kinds.add(new String[] {x.id().toString(), kind, row[2], row[4], x.perpetratorKey()});
            }
        }
        String[] feedback = story.stream().map(x -> text(x.feedbackAt())).toArray(String[]::new);
        String[] closed = story.stream().map(x -> text(x.closedAt())).toArray(String[]::new);
        jdbc.sql("""
        INSERT INTO insights_incident (tenant_id, incident_id, occurred_at, occurred_on, registered_at, department_id,
               location_type, perpetrator_relation, perpetrator_key, severity, confidential, aftercare_at,
               perpetrator_response_at, feedback_at, closed_at)
        SELECT ?, x.id::uuid, x.occurred::timestamptz, x.occurred_on::date, x.registered::timestamptz,
               x.department::uuid, x.location, x.relation, x.key, x.severity, x.confidential::boolean,
               x.aftercare::timestamptz, x.response::timestamptz, x.feedback::timestamptz, x.closed::timestamptz
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                      ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
            AS x (id, occurred, occurred_on, registered, department, location, relation, key, severity, confidential,
                  aftercare, response, feedback, closed)""")
                .params(
                        municipality,
                        facts[0],
                        facts[1],
                        facts[2],
                        facts[3],
                        facts[4],
                        facts[5],
                        facts[6],
                        facts[7],
                        facts[8],
                        facts[9],
                        facts[10],
                        facts[11],
                        feedback,
                        closed)
                .update();
        String[][] k = new String[5][kinds.size()];
        for (int i = 0; i < kinds.size(); i++) {
            for (int c = 0; c < 5; c++) {
                k[c][i] = kinds.get(i)[c];
            }
        }
        jdbc.sql("""
        INSERT INTO insights_incident_kind (tenant_id, incident_id, kind, occurred_on, department_id, perpetrator_key)
        SELECT ?, x.id::uuid, x.kind, x.occurred_on::date, x.department::uuid, x.key
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS x (id, kind, occurred_on, department, key)""").params(municipality, k[0], k[1], k[2], k[3], k[4]).update();
        jdbc.sql("SELECT insights_rebuild_month_counts()").query().listOfRows();
    }

    private static String text(java.time.Instant at) {
        return at == null ? null : at.toString();
    }
}
