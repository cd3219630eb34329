package nl.weerbaar.actions.plan;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.DemoStory;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The action plan of the demo story in Voorbeeldstad and Kleindorp: actions in every state, among them the measure
 * at the counter of Burgerzaken that was finished {@link #MEASURE} months
 * ago (after which the counter's incidents fall), one past its date and one without owner.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class ActionsDemoStory implements DemoStory {

    /** Months ago the counter's measure was finished: the month the story's incidents at the counter fall. */
    static final int MEASURE = 9;

    /** title, status, months ago created, due (months from today, null = none), done (months ago), owned, priority. */
    private record Planned(
            String title,
            String status,
            int createdAgo,
            Integer due,
            Integer doneAgo,
            boolean owned,
            String priority) {}

    private static final List<Planned> VOORBEELDSTAD_PLAN = List.of(
            new Planned(
                    "Balie Burgerzaken: afscherming, camera en een tweede uitgang",
                    "DONE",
                    14,
                    null,
                    MEASURE,
                    true,
                    "HIGH"),
            new Planned("Bibob-toets standaard bij horecavergunningen", "DONE", 12, null, 4, true, "MEDIUM"),
            new Planned("Training omgaan met agressie voor handhavers", "IN_PROGRESS", 5, 2, null, true, "HIGH"),
            new Planned(
                    "Vier-ogenprincipe bij vergunningen boven de drempel", "IN_PROGRESS", 3, 1, null, true, "MEDIUM"),
            new Planned("Integriteitsgesprek met nieuwe vergunningverleners", "OPEN", 4, -1, null, true, "MEDIUM"),
            new Planned("Nieuwsbrief: waarom en hoe melden", "OPEN", 2, 3, null, false, "LOW"),
            new Planned("Extra beveiliger op donderdagavond", "CANCELLED", 10, null, null, true, "LOW"));

    private static final List<Planned> KLEINDORP_PLAN = List.of(
            new Planned("Publieksbalie: alarmknop en afspraak op maat", "DONE", 12, null, MEASURE, true, "HIGH"),
            new Planned("Weerbaarheidsscan bespreken in het MT", "OPEN", 1, 2, null, true, "MEDIUM"));

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Clock clock;

    ActionsDemoStory(JdbcClient jdbc, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public void tell() {
        TenantContext.runAs(VOORBEELDSTAD, () -> plan(VOORBEELDSTAD, VOORBEELDSTAD_PLAN));
        TenantContext.runAs(KLEINDORP, () -> plan(KLEINDORP, KLEINDORP_PLAN));
    }

    private void plan(UUID municipality, List<Planned> plan) {
        UUID coordinator = organisation.withRole(Role.COORDINATOR, null).stream()
                .map(Organisation.Person::id)
                .sorted()
                .findFirst()
                .orElse(null);
        LocalDate today = DutchTime.today(clock);
        for (Planned p : plan) {
            LocalDate created = today.minusMonths(p.createdAgo());
            Timestamp done = p.doneAgo() == null
                    ? null
                    : Timestamp.from(today.minusMonths(p.doneAgo())
                            .atTime(16, 0)
                            .atZone(DutchTime.ZONE)
                            .toInstant());
            jdbc.sql("""
            INSERT INTO action_item (id, tenant_id, title, owner_id, due_date, priority, status, created_by, created_at,
                   updated_at, completed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.nameUUIDFromBytes((municipality + p.title()).getBytes(StandardCharsets.UTF_8)),
                            municipality,
                            p.title(),
                            p.owned() ? coordinator : null,
                            p.due() == null ? null : today.plusMonths(p.due()),
                            p.priority(),
                            p.status(),
                            coordinator,
                            Timestamp.from(
                                    created.atTime(9, 0).atZone(DutchTime.ZONE).toInstant()),
                            done != null
                                    ? done
                                    : Timestamp.from(created.atTime(9, 0)
                                            .atZone(DutchTime.ZONE)
                                            .toInstant()),
                            done)
                    .update();
        }
    }
}
