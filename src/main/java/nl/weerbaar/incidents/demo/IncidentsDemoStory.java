package nl.weerbaar.incidents.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incidents.DemoIncidents;
import nl.weerbaar.incidents.core.Codes;
import nl.weerbaar.platform.DemoStory;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The incidents of the demo story ({@link DemoIncidents}) as cases of Voorbeeldstad and Kleindorp, with their seven
 * steps owned by the coordinator: done as the story says, all done once closed. Written in a few statements (no
 * events: the story's reporters are not users, and no mail goes out); reporter unknown, so nobody's own reports
 * change.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class IncidentsDemoStory implements DemoStory {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("VERBAL_AGGRESSION", "Een inwoner werd boos over de wachttijd en schold de medewerker uit."),
            Map.entry("INTIMIDATION", "Iemand bleef na afloop van het gesprek staan en zei dat hij wist waar ik werk."),
            Map.entry("THREAT_ESCALATION", "De klant dreigde 'het hogerop te zoeken' en kwam steeds dichterbij."),
            Map.entry("THREAT_VIOLENCE", "Tijdens de controle werd gedreigd met geweld als de boete niet verviel."),
            Map.entry("PHYSICAL_VIOLENCE", "Bij een controle werd de handhaver geduwd."),
            Map.entry("BRIBERY", "De aanvrager bood een vergoeding aan als de vergunning sneller rond zou zijn."),
            Map.entry("ONLINE_THREAT", "Op sociale media verscheen een bericht met naam en foto en een oproep."),
            Map.entry("STALKING", "Dezelfde persoon wachtte drie keer na werktijd bij de uitgang."));

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Clock clock;
    private final Municipalities municipalities;

    IncidentsDemoStory(JdbcClient jdbc, Organisation organisation, Clock clock, Municipalities municipalities) {
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public void tell() {
        for (UUID municipality : List.of(VOORBEELDSTAD, KLEINDORP)) {
            TenantContext.runAs(municipality, () -> cases(municipality));
        }
    }

    /**
     * Case numbers for the story's cases (ADR 0102), per Dutch year in registration order after the numbers the year
     * already gave out; the counters move on past them.
     */
    private void number(UUID municipality) {
        String code = municipalities
                .byId(municipality)
                .map(Municipalities.Municipality::caseCode)
                .orElse(null);
        jdbc.sql("""
        WITH unnumbered AS (
          SELECT i.id, extract(year FROM i.registered_at AT TIME ZONE 'Europe/Amsterdam')::integer AS year, i.registered_at
            FROM incident i WHERE i.tenant_id = ? AND i.case_number IS NULL
        ), numbered AS (
          SELECT u.id, u.year,
                 (coalesce((SELECT c.last_number FROM incident_case_counter c WHERE c.tenant_id = ? AND c.year = u.year), 0)
                  + row_number() OVER (PARTITION BY u.year ORDER BY u.registered_at, u.id))::integer AS seq
            FROM unnumbered u
        )
        UPDATE incident i SET case_year = n.year, case_seq = n.seq,
               case_number = CAST(? AS text) || n.year || '-' || lpad(n.seq::text, greatest(4, length(n.seq::text)), '0')
          FROM numbered n WHERE i.id = n.id""")
                .params(municipality, municipality, code == null ? "" : code + "-")
                .update();
        jdbc.sql("""
        INSERT INTO incident_case_counter (tenant_id, year, last_number)
        SELECT tenant_id, case_year, max(case_seq) FROM incident WHERE tenant_id = ? AND case_year IS NOT NULL
         GROUP BY tenant_id, case_year
        ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = excluded.last_number""").param(municipality).update();
    }

    private void cases(UUID municipality) {
        Map<String, UUID> departments = new HashMap<>();
        organisation.departments().forEach(d -> departments.put(d.code(), d.id()));
        UUID owner = organisation.withRole(Role.COORDINATOR, null).stream()
                .map(Organisation.Person::id)
                .sorted()
                .findFirst()
                .orElse(null);
        List<DemoIncidents.Incident> story = DemoIncidents.of(municipality, DutchTime.today(clock), DutchTime.ZONE);
        int size = story.size();
        String[][] rows = new String[12][size];
        List<String[]> steps = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            DemoIncidents.Incident x = story.get(i);
            UUID department = departments.get(x.department());
            String[] row = {
                x.id().toString(),
                "{" + String.join(",", x.kinds()) + "}",
                x.occurredAt().toString(),
                x.registeredAt().toString(),
                x.locationType(),
                department == null ? null : department.toString(),
                x.relation(),
                x.perpetratorKey(),
                DESCRIPTIONS.getOrDefault(x.kinds().get(0), "Incident uit het demoverhaal."),
                x.severity(),
                String.valueOf(x.confidential()),
                x.closedAt() == null ? null : x.closedAt().toString()
            };
            for (int c = 0; c < row.length; c++) {
                rows[c][i] = row[c];
            }
            for (String step : Codes.STEPS) {
                Instant done = switch (step) {
                    case "AFTERCARE" -> x.aftercareAt();
                    case "PERPETRATOR_RESPONSE" -> x.responseAt();
                    case "FEEDBACK" -> x.feedbackAt();
                    default -> null;
                };
                if (x.closedAt() != null && done == null) {
                    done = x.closedAt();
                }
                Instant due = switch (step) {
                    case "AFTERCARE" -> x.registeredAt().plus(Duration.ofHours(24));
                    case "PERPETRATOR_RESPONSE" -> x.registeredAt().plus(Duration.ofHours(48));
                    case "EVIDENCE" -> x.occurredAt().plus(Duration.ofDays(6));
                    default -> x.registeredAt().plus(Duration.ofDays(14));
                };
                steps.add(new String[] {
                    UUID.nameUUIDFromBytes((x.id() + "/" + step).getBytes(StandardCharsets.UTF_8))
                            .toString(),
                    x.id().toString(),
                    step,
                    String.valueOf(Codes.STEPS.indexOf(step)),
                    due.toString(),
                    done == null ? null : done.toString()
                });
            }
        }
        jdbc.sql("""
        INSERT INTO incident (id, tenant_id, channel, kinds, occurred_at, registered_at, location_type, department_id,
               perpetrator_known, perpetrator_relation, perpetrator_key, description, severity, severity_suggested,
               confidential, confidant_scope, status, closed_at)
        SELECT x.id::uuid, ?, 'FORM', x.kinds::text[], x.occurred::timestamptz, x.registered::timestamptz, x.location,
               x.department::uuid, x.key IS NOT NULL, x.relation, x.key, x.description, x.severity, x.severity,
               x.confidential::boolean, CASE WHEN x.confidential::boolean THEN 'CIVIL_SERVANTS' END,
               CASE WHEN x.closed IS NULL THEN 'OPEN' ELSE 'CLOSED' END, x.closed::timestamptz
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                      ?::text[], ?::text[], ?::text[], ?::text[])
            AS x (id, kinds, occurred, registered, location, department, relation, key, description, severity,
                  confidential, closed)""")
                .params(
                        municipality,
                        rows[0],
                        rows[1],
                        rows[2],
                        rows[3],
                        rows[4],
                        rows[5],
                        rows[6],
                        rows[7],
                        rows[8],
                        rows[9],
                        rows[10],
                        rows[11])
                .update();
        String[][] cols = new String[6][steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            for (int c = 0; c < 6; c++) {
                cols[c][i] = steps.get(i)[c];
            }
        }
        jdbc.sql("""
        INSERT INTO incident_step (id, tenant_id, incident_id, step, position, owner_id, due_at, status, completed_at,
               completed_by)
        SELECT x.id::uuid, ?, x.incident::uuid, x.step, x.position::integer, CAST(? AS uuid), x.due::timestamptz,
               CASE WHEN x.completed IS NULL THEN 'OPEN' ELSE 'DONE' END, x.completed::timestamptz,
               CASE WHEN x.completed IS NOT NULL THEN CAST(? AS uuid) END
          FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
            AS x (id, incident, step, position, due, completed)""")
                .params(municipality, owner, owner, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5])
                .update();
        number(municipality);
    }
}
