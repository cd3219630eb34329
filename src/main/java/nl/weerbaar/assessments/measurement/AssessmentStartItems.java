package nl.weerbaar.assessments.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.assessments.measurement.Measurements.Measurement;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scans on the start page: sections handed to the user and not answered yet; for the coordinator every such
 * section; for the secretary the newest measurement's score per pillar against the one before (0 against 1).
 */
@Service
class AssessmentStartItems implements StartPageItems {

    private final Measurements measurements;
    private final MeasurementService service;

    AssessmentStartItems(Measurements measurements, MeasurementService service) {
        this.measurements = measurements;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StartItem> itemsFor(UserIdentity user) {
        if (user.has(Role.OPERATOR)) {
            return List.of();
        }
        List<StartItem> items = new ArrayList<>();
        long mine = measurements.unansweredAssignments(user.userId());
        if (mine > 0 || !MeasurementService.manages(user)) {
            items.add(StartItem.work(300, "assessments.start.mine", mine, "/assessments"));
        }
        if (MeasurementService.manages(user)) {
            items.add(StartItem.work(
                    310, "assessments.start.unanswered", measurements.unansweredAssignments(null), "/assessments"));
        }
        if (user.has(Role.SECRETARY)) {
            pillars().ifPresent(items::add);
        }
        return items;
    }

    /** The newest measurement per pillar, against the measurement it follows when there is one. */
    private Optional<StartItem> pillars() {
        List<Measurement> all = measurements.all();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Measurement after =
                all.stream().filter(m -> m.previousId() != null).findFirst().orElse(all.get(0));
        Optional<Measurement> before =
                all.stream().filter(m -> m.id().equals(after.previousId())).findFirst();
        var instrument = service.instrument(after);
        List<Scoring.PillarScore> now =
                Scoring.score(instrument, MeasurementController.values(measurements.answers(after.id())));
        Map<String, Scoring.PillarScore> then = before.map(b ->
                        Scoring.score(service.instrument(b), MeasurementController.values(measurements.answers(b.id())))
                                .stream()
                                .collect(java.util.stream.Collectors.toMap(Scoring.PillarScore::key, p -> p)))
                .orElse(Map.of());
        List<StartItem.Line> lines = now.stream()
                .map(p -> new StartItem.Line(
                        p.title(), (then.containsKey(p.key()) ? percent(then.get(p.key())) + " → " : "") + percent(p)))
                .toList();
        String href = before.map(b -> "/assessments/measurements/" + after.id() + "/compare?with=" + b.id())
                .orElse("/assessments/measurements/" + after.id() + "/results");
        return Optional.of(
                before.isPresent()
                        ? StartItem.figure(
                                        200,
                                        "assessments.start.compare",
                                        href,
                                        before.get().name(),
                                        after.name())
                                .withLines(lines)
                        : StartItem.figure(200, "assessments.start.scores", href, after.name())
                                .withLines(lines));
    }

    private static String percent(Scoring.PillarScore p) {
        return p.percent() == null ? "–" : p.rounded() + " %";
    }
}
