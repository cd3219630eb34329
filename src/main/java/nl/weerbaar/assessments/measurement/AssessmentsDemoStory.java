package nl.weerbaar.assessments.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instruments;
import nl.weerbaar.assessments.measurement.MeasurementService.AnswerInput;
import nl.weerbaar.platform.DemoStory;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scans of the demo story: in Voorbeeldstad a 1-measurement after the demo's 0-measurement, in Kleindorp both,
 * each 1-measurement locked with better answers than its 0-measurement, so the comparison per pillar shows progress.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class AssessmentsDemoStory implements DemoStory {

    private final MeasurementService service;
    private final Instruments instruments;
    private final Organisation organisation;
    private final JdbcClient jdbc;

    AssessmentsDemoStory(
            MeasurementService service, Instruments instruments, Organisation organisation, JdbcClient jdbc) {
        this.service = service;
        this.instruments = instruments;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    @Override
    public void tell() {
        TenantContext.runAs(VOORBEELDSTAD, this::measure);
        TenantContext.runAs(KLEINDORP, this::measure);
    }

    private void measure() {
        UUID tenant = TenantContext.require();
        UserIdentity by = organisation.withRole(Role.COORDINATOR, null).stream()
                .sorted(java.util.Comparator.comparing(Organisation.Person::username))
                .findFirst()
                .map(p -> new UserIdentity(
                        p.id(), tenant, p.username(), p.displayName(), java.util.Set.of(Role.COORDINATOR), null))
                .orElse(null);
        if (by == null) {
            return;
        }
        UUID instrumentId = instruments.shippedId("weerbaarheidsscan");
        UUID zero = jdbc.sql("SELECT id FROM assessment_measurement WHERE instrument_id = ? AND status = 'LOCKED' "
                        + "ORDER BY created_at LIMIT 1")
                .param(instrumentId)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (zero == null) {
            zero = service.start(instrumentId, "0-meting 2025", null, false, by);
            answer(zero, instruments.get(instrumentId), by, 0);
            service.lock(zero);
        }
        UUID one = service.start(instrumentId, "1-meting 2026 (najaar)", zero, false, by);
        answer(one, instruments.get(instrumentId), by, 2);
        service.lock(one);
    }

    /** Answers every question; as the demo's 0-measurement does; a higher {@code better} moves answers towards "yes". */
    private void answer(UUID measurement, Instrument scan, UserIdentity by, int better) {
        int i = 0;
        for (Instrument.Pillar p : scan.pillars()) {
            List<AnswerInput> answers = new ArrayList<>();
            for (Instrument.Question q : p.questions()) {
                int draw = Math.max(0, (i++ * 7 + p.key().length()) % 5 - better);
                String value = draw <= 1 ? "yes" : draw <= 3 ? "partly" : "no";
                answers.add(new AnswerInput(q.key(), value, null, null, null));
            }
            service.save(measurement, p.key(), answers, by);
        }
    }
}
