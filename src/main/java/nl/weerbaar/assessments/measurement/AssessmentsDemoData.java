package nl.weerbaar.assessments.measurement;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instruments;
import nl.weerbaar.assessments.measurement.MeasurementService.AnswerInput;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content for Gemeente Voorbeeldstad: a locked 0-meting of the five-pillar scan with a few gaps turned into
 * actions. Runs after the platform's demo data and only once (nothing happens when a measurement exists).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class AssessmentsDemoData implements ApplicationRunner {

    static final UUID VOORBEELDSTAD = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private final MeasurementService service;
    private final GapActions gaps;
    private final Instruments instruments;
    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final TransactionTemplate tx;

    AssessmentsDemoData(
            MeasurementService service,
            GapActions gaps,
            Instruments instruments,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Organisation organisation) {
        this.service = service;
        this.gaps = gaps;
        this.organisation = organisation;
        this.instruments = instruments;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        TenantContext.runAs(
                VOORBEELDSTAD,
                () -> tx.executeWithoutResult(s -> {
                    boolean present = jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment_measurement)")
                            .query(Boolean.class)
                            .single();
                    List<UUID> coordinator = organisation.withRole(Role.COORDINATOR, null).stream()
                            .sorted(java.util.Comparator.comparing(Organisation.Person::username))
                            .map(Organisation.Person::id)
                            .limit(1)
                            .toList();
                    if (present || coordinator.isEmpty()) {
                        return;
                    }
                    UserIdentity by = new UserIdentity(
                            coordinator.get(0),
                            VOORBEELDSTAD,
                            "coordinator",
                            "Coördinator",
                            java.util.Set.of(Role.COORDINATOR),
                            null);
                    UUID instrumentId = instruments.shippedId("weerbaarheidsscan");
                    UUID id = service.start(instrumentId, "0-meting 2026", null, false, by);
                    Instrument scan = instruments.get(instrumentId);
                    int i = 0;
                    for (Instrument.Pillar p : scan.pillars()) {
                        List<AnswerInput> answers = new java.util.ArrayList<>();
                        for (Instrument.Question q : p.questions()) {
                            String value = switch ((i++ * 7 + p.key().length()) % 5) {
                                case 0, 1 -> "yes";
                                case 2, 3 -> "partly";
                                default -> "no";
                            };
                            answers.add(new AnswerInput(q.key(), value, null, null, null));
                        }
                        service.save(id, p.key(), answers, by);
                    }
                    service.lock(id);
                    service.answers(id).values().stream()
                            .filter(a -> "no".equals(a.value()))
                            .limit(3)
                            .forEach(a -> gaps.create(id, a.questionKey(), GapActions.GapAction.DEFAULTS, by));
                }));
    }
}
