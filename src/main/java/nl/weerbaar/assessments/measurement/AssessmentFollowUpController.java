package nl.weerbaar.assessments.measurement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instrument.Question;
import nl.weerbaar.assessments.measurement.Measurements.Answer;
import nl.weerbaar.assessments.measurement.Measurements.Measurement;
import nl.weerbaar.platform.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Follow-up that goes stale, found by itself: in the newest measurement of each instrument, red (zero-scoring)
 * answers without any action, and evidence older than {@code weerbaar.assessments.evidence-max-age-days}
 * (default 365). Actions without owner or past their due date are listed by the action plan itself.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AssessmentFollowUpController {

    /** A finding: the measurement, the question and its answer. */
    public record Finding(Measurement measurement, Question question, Answer answer) {}

    private final MeasurementService service;
    private final int maxAgeDays;
    private final Clock clock;

    AssessmentFollowUpController(
            MeasurementService service,
            @Value("${weerbaar.assessments.evidence-max-age-days:365}") int maxAgeDays,
            Clock clock) {
        this.clock = clock;
        this.service = service;
        this.maxAgeDays = maxAgeDays;
    }

    @GetMapping("/assessments/follow-up")
    String followUp(Model model) {
        Map<UUID, Measurement> newest = new LinkedHashMap<>();
        service.all().forEach(m -> newest.putIfAbsent(m.instrumentId(), m)); // all() is newest first
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minusDays(maxAgeDays);
        List<Finding> red = new ArrayList<>();
        List<Finding> old = new ArrayList<>();
        for (Measurement m : newest.values()) {
            Measurement seen = service.view(m.id(), CurrentUser.require());
            Instrument instrument = service.instrument(seen);
            Map<String, Answer> answers = service.answers(m.id());
            for (Question q : instrument.questionsByKey().values()) {
                Answer a = answers.get(q.key());
                if (a == null) {
                    continue;
                }
                if (Double.valueOf(0).equals(q.type().score(a.value()))
                        && service.actionsFor(a).isEmpty()) {
                    red.add(new Finding(m, q, a));
                }
                if (a.evidenceAt() != null && a.evidenceAt().isBefore(cutoff)) {
                    old.add(new Finding(m, q, a));
                }
            }
        }
        model.addAttribute("red", red);
        model.addAttribute("old", old);
        model.addAttribute("maxAgeDays", maxAgeDays);
        return "assessments/follow-up";
    }
}
