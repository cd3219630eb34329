package nl.weerbaar.incidents.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.core.Codes;
import nl.weerbaar.incidents.core.FollowUpService;
import nl.weerbaar.incidents.core.IncidentCase;
import nl.weerbaar.incidents.core.IncidentService;
import nl.weerbaar.incidents.core.ReportCommand;
import nl.weerbaar.incidents.core.StepType;
import nl.weerbaar.incidents.core.Viewer;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A few made-up incidents for Gemeente Voorbeeldstad in demo mode, so the pages are not empty: open and
 * closed cases, a confidential one and two about the same address (a stack). Runs after the platform's demo
 * data and does nothing when they exist.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class IncidentsDemoData implements ApplicationRunner {

    static final UUID VOORBEELDSTAD = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final Logger LOG = LoggerFactory.getLogger(IncidentsDemoData.class);

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final IncidentService incidents;
    private final FollowUpService followUp;
    private final Organisation organisation;
    private final Clock clock;

    IncidentsDemoData(
            JdbcClient jdbc,
            IncidentService incidents,
            FollowUpService followUp,
            Organisation organisation,
            Clock clock,
            Municipalities municipalities) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.incidents = incidents;
        this.followUp = followUp;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            TenantContext.runAs(VOORBEELDSTAD, this::load);
        } catch (RuntimeException e) {
            LOG.warn("Demo incidents not loaded: {}", e.toString());
        }
    }

    private void load() {
        boolean municipality = municipalities.byId(VOORBEELDSTAD).isPresent();
        if (!municipality
                || jdbc.sql("SELECT EXISTS (SELECT 1 FROM incident WHERE idempotency_key LIKE 'demo-%')")
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        Optional<Organisation.Person> employee = person("medewerker");
        Optional<Organisation.Person> licensing = person("vergunningverlener");
        Optional<Organisation.Person> manager = person("leidinggevende");
        if (employee.isEmpty() || licensing.isEmpty() || manager.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        UUID first = report(
                employee.get(),
                "demo-incident-01",
                List.of("VERBAL_AGGRESSION", "THREAT_ESCALATION"),
                "COUNTER",
                "Balie 2",
                now.minus(Duration.ofDays(70)),
                "CITIZEN",
                "Kerkstraat 14",
                "Een inwoner was boos dat zijn paspoort nog niet klaar was. Hij schreeuwde en zei dat hij naar de krant en "
                        + "de burgemeester zou gaan.",
                List.of("EMOTIONAL"),
                "NONE");
        report(
                employee.get(),
                "demo-incident-02",
                List.of("THREAT_VIOLENCE"),
                "COUNTER",
                "Balie 4",
                now.minus(Duration.ofDays(12)),
                "CITIZEN",
                "kerkstraat 14",
                "Dezelfde inwoner kwam terug en zei: 'Ik weet waar je woont.' Collega's hebben hem naar buiten begeleid.",
                List.of("EMOTIONAL"),
                "NONE");
        report(
                licensing.get(),
                "demo-incident-03",
                List.of("BRIBERY"),
                "COUNTER",
                "Spreekkamer 1",
                now.minus(Duration.ofDays(30)),
                "ENTREPRENEUR",
                "Horecabedrijf De Gouden Leeuw",
                "Bij de bespreking van een exploitatievergunning schoof de aanvrager een envelop over tafel 'voor de moeite'. "
                        + "Ik heb die geweigerd en het gesprek beëindigd.",
                List.of(),
                "NONE");
        report(
                licensing.get(),
                "demo-incident-04",
                List.of("ONLINE_THREAT", "INTIMIDATION"),
                "ONLINE",
                "Facebook-groep",
                now.minus(Duration.ofDays(5)),
                "UNKNOWN",
                null,
                "Na een weigering verscheen mijn naam met foto en woonplaats in een lokale Facebook-groep, met oproepen om "
                        + "'eens langs te gaan'.",
                List.of("EMOTIONAL"),
                "NONE");
        report(
                employee.get(),
                "demo-incident-05",
                List.of("INTIMIDATION"),
                "PHONE",
                null,
                now.minus(Duration.ofDays(2)),
                "COLLEAGUE",
                null,
                "Een collega van een andere afdeling zet mij onder druk om een aanvraag voor te laten gaan.",
                List.of("EMOTIONAL"),
                "CIVIL_SERVANTS");
        closeWithFeedback(first, manager.get());
        LOG.info("Demo incidents loaded for Gemeente Voorbeeldstad");
    }

    private UUID report(
            Organisation.Person who,
            String key,
            List<String> kinds,
            String location,
            String detail,
            Instant occurred,
            String relation,
            String perpetrator,
            String description,
            List<String> consequences,
            String confidentiality) {
        ReportCommand c = new ReportCommand(
                "FORM",
                kinds,
                null,
                occurred,
                location,
                detail,
                null,
                null,
                null,
                perpetrator != null,
                relation,
                perpetrator,
                null,
                description,
                null,
                consequences,
                null,
                null,
                confidentiality,
                List.of(),
                null,
                key,
                null);
        return incidents.submit(c, identity(who, Role.EMPLOYEE)).id();
    }

    private void closeWithFeedback(UUID id, Organisation.Person manager) {
        Viewer v = Viewer.of(identity(manager, Role.EMPLOYEE, Role.MANAGER), organisation);
        // The police report, the evidence and the damage are the coordinator's steps.
        Viewer coordinator = person("coordinator")
                .map(c -> Viewer.of(identity(c, Role.EMPLOYEE, Role.COORDINATOR), organisation))
                .orElse(v);
        for (String step : Codes.STEPS) {
            String notes = switch (step) {
                case "AFTERCARE" -> "Direct na het incident gesproken; bedrijfsmaatschappelijk werk aangeboden.";
                case "PERPETRATOR_RESPONSE" -> "Brief gestuurd met de huisregels en een waarschuwing.";
                case "FEEDBACK" ->
                    "De inwoner heeft een waarschuwingsbrief gekregen. Bij herhaling volgt een "
                            + "gebouwverbod. Dank voor je melding.";
                case "LESSONS" -> "Wachttijden voor paspoorten beter uitleggen aan de balie.";
                default -> null;
            };
            List<String> outcome = switch (step) {
                case "AFTERCARE" -> List.of("PSYCHOLOGICAL");
                case "PERPETRATOR_RESPONSE" -> List.of("LETTER", "WARNING");
                case "POLICE_REPORT" -> List.of("NO_REPORT");
                case "EVIDENCE" -> List.of("NONE_AVAILABLE");
                case "DAMAGE_RECOVERY" -> List.of("NO_DAMAGE");
                default -> List.of();
            };
            String otherSide = "PERPETRATOR_RESPONSE".equals(step)
                    ? "De inwoner zegt dat hij drie keer voor niets is gekomen en zich niet gehoord voelde."
                    : null;
            boolean coordinators =
                    List.of("POLICE_REPORT", "EVIDENCE", "DAMAGE_RECOVERY").contains(step);
            followUp.updateStep(
                    id,
                    StepType.valueOf(step),
                    new IncidentCase.StepChange("DONE", outcome, notes, otherSide, null),
                    coordinators ? coordinator : v);
        }
        followUp.close(id, v);
    }

    private Optional<Organisation.Person> person(String username) {
        return organisation.withRole(Role.EMPLOYEE, null).stream()
                .filter(p -> username.equals(p.username()))
                .findFirst();
    }

    private static UserIdentity identity(Organisation.Person p, Role... roles) {
        return new UserIdentity(p.id(), VOORBEELDSTAD, p.username(), p.displayName(), Set.of(roles), p.departmentId());
    }
}
