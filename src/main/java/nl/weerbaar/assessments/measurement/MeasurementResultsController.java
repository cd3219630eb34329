package nl.weerbaar.assessments.measurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.weerbaar.actions.ActionPlans.ActionSummary;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instrument.Question;
import nl.weerbaar.assessments.measurement.Measurements.Answer;
import nl.weerbaar.assessments.measurement.Measurements.Measurement;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.PdfDocuments;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.platform.chart.Chart;
import nl.weerbaar.platform.chart.Charts;
import nl.weerbaar.platform.chart.Datum;
import nl.weerbaar.platform.chart.Series;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Results of a measurement: scores and phases per pillar, gaps and their actions, comparison, PDF report. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY', 'MANAGER')")
class MeasurementResultsController {

    /** One question's answer with the actions taken on it. */
    /** {@code origin}: where the answer was taken over from, null when it was given in this measurement. */
    public record Row(
            Question question, Answer answer, List<ActionSummary> actions, Double score, Measurements.Origin origin) {
        public boolean gap() {
            return score != null && score < 1.0;
        }
    }

    /** A question in two measurements: {@code change} is "better", "worse", "same" or "changed". */
    public record Change(Question question, Answer before, Answer after, String change, List<ActionSummary> actions) {}

    private final MeasurementService service;
    private final GapActions gaps;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    MeasurementResultsController(
            MeasurementService service, GapActions gaps, PdfDocuments pdf, MessageSource messages) {
        this.service = service;
        this.gaps = gaps;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/assessments/measurements/{id}/results")
    String results(@PathVariable UUID id, Model model) {
        fill(id, model);
        model.addAttribute("manages", MeasurementService.manages(CurrentUser.require()));
        model.addAttribute(
                "others",
                service.all().stream()
                        .filter(o -> !o.id().equals(id)
                                && o.instrumentId()
                                        .equals(((Measurement) model.getAttribute("measurement")).instrumentId()))
                        .toList());
        return "assessments/results";
    }

    @GetMapping("/assessments/measurements/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable UUID id, Model model, Locale locale) {
        fill(id, model);
        String title = messages.getMessage(
                "assessments.results.heading",
                new Object[] {((Measurement) model.getAttribute("measurement")).name()},
                locale);
        byte[] bytes = pdf.render("assessments/report", model.asMap(), title, locale);
        service.auditExport(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("rapport.pdf")
                                .build()
                                .toString())
                .body(bytes);
    }

    @GetMapping("/assessments/measurements/{id}/compare")
    String compare(@PathVariable UUID id, @RequestParam(required = false) UUID with, Model model) {
        if (with == null) {
            return "redirect:/assessments/measurements/" + id + "/results";
        }
        UserIdentity me = CurrentUser.require();
        Measurement after = service.view(id, me);
        Measurement before = service.view(with, me);
        Instrument instrument = service.instrument(after);
        if (!service.instrument(before).key().equals(instrument.key())) {
            throw new NotFoundException("comparison", with);
        }
        if (before.createdAt().isAfter(after.createdAt())) {
            return "redirect:/assessments/measurements/" + with + "/compare?with=" + id;
        }
        Map<String, Answer> a = service.answers(after.id());
        Map<String, Answer> b = service.answers(before.id());
        List<Change> changes = new ArrayList<>();
        for (Question q : instrument.questionsByKey().values()) {
            Answer x = b.get(q.key());
            Answer y = a.get(q.key());
            String vx = x == null ? null : x.value();
            String vy = y == null ? null : y.value();
            String change;
            Double sx = q.type().score(vx);
            Double sy = q.type().score(vy);
            if (java.util.Objects.equals(vx, vy)) {
                change = "same";
            } else if (sx != null && sy != null) {
                change = sy > sx ? "better" : sy < sx ? "worse" : "changed";
            } else {
                change = "changed";
            }
            changes.add(new Change(q, x, y, change, service.actionsFor(x)));
        }
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("instrument", instrument);
        List<Scoring.PillarScore> scoresBefore =
                Scoring.score(service.instrument(before), MeasurementController.values(b));
        List<Scoring.PillarScore> scoresAfter = Scoring.score(instrument, MeasurementController.values(a));
        model.addAttribute("scoresBefore", scoresBefore);
        model.addAttribute("scoresAfter", scoresAfter);
        model.addAttribute("chart", pillarChart(before, after, scoresBefore, scoresAfter));
        model.addAttribute("changes", changes);
        model.addAttribute(
                "changed",
                changes.stream().filter(c -> !c.change().equals("same")).count());
        return "assessments/compare";
    }

    /** The form that turns a gap into an action, pre-filled from the instrument's suggested measure. */
    @GetMapping("/assessments/measurements/{id}/gaps/{questionKey}/action")
    @PreAuthorize("hasRole('COORDINATOR')")
    String gapForm(@PathVariable UUID id, @PathVariable String questionKey, Model model) {
        GapActions.GapDraft draft = gaps.draft(id, questionKey, CurrentUser.require());
        return gapPage(
                draft,
                new GapActions.GapAction(
                        draft.title(),
                        draft.description(),
                        null,
                        null,
                        draft.priority().name()),
                new FieldErrors(),
                model);
    }

    /** Creates the action; fields that are not sent take the pre-filled value. */
    @PostMapping("/assessments/measurements/{id}/gaps/{questionKey}/action")
    @PreAuthorize("hasRole('COORDINATOR')")
    String gapToAction(
            @PathVariable UUID id,
            @PathVariable String questionKey,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String priority,
            Model model) {
        GapActions.GapAction input = new GapActions.GapAction(title, description, owner, dueDate, priority);
        try {
            return "redirect:/actions/" + gaps.create(id, questionKey, input, CurrentUser.require()) + "?created";
        } catch (InvalidInputException e) {
            return gapPage(gaps.draft(id, questionKey, CurrentUser.require()), input, e.errors(), model);
        }
    }

    private String gapPage(GapActions.GapDraft draft, GapActions.GapAction form, FieldErrors errors, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", service.people());
        return "assessments/gap-action";
    }

    /** Where an action's source link lands: the answer in the results of its measurement. */
    @GetMapping("/assessments/answers/{answerId}")
    String answer(@PathVariable UUID answerId) {
        UUID measurement = service.measurementOfAnswer(answerId);
        service.view(measurement, CurrentUser.require());
        return "redirect:/assessments/measurements/" + measurement + "/results#a-" + answerId;
    }

    @GetMapping("/assessments/measurements/{id}/evidence/{answerId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID answerId) {
        Measurements.Evidence e = service.evidence(id, answerId, CurrentUser.require());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(e.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(e.file());
    }

    private void fill(UUID id, Model model) {
        Measurement m = service.view(id, CurrentUser.require());
        Instrument instrument = service.instrument(m);
        Map<String, Answer> answers = service.answers(id);
        Map<String, Measurements.Origin> origins = service.origins(id);
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        int takenOver = 0;
        for (Instrument.Pillar p : instrument.pillars()) {
            List<Row> list = new ArrayList<>();
            for (Question q : p.questions()) {
                Answer a = answers.get(q.key());
                Double score = a == null ? null : q.type().score(a.value());
                Measurements.Origin origin = a != null && a.takenOverFrom() != null ? origins.get(q.key()) : null;
                takenOver += origin == null ? 0 : 1;
                list.add(
                        new Row(q, a, score != null && score < 1.0 ? service.actionsFor(a) : List.of(), score, origin));
            }
            rows.put(p.key(), list);
        }
        model.addAttribute("measurement", m);
        model.addAttribute("instrument", instrument);
        List<Scoring.PillarScore> scores = Scoring.score(instrument, MeasurementController.values(answers));
        model.addAttribute("scores", scores);
        model.addAttribute("scoreChart", scoreChart(scores));
        model.addAttribute("rows", rows);
        model.addAttribute("takenOver", takenOver);
    }

    /** The scores per pillar of one measurement, each with its phase, as in the table. */
    private Chart scoreChart(List<Scoring.PillarScore> scores) {
        Locale locale = LocaleContextHolder.getLocale();
        return Charts.bars(
                "chart-scores",
                messages.getMessage("assessments.results.chart.title", null, locale),
                messages.getMessage("assessments.results.chart.description", null, locale),
                messages.getMessage("assessments.section", null, locale),
                scores.stream().map(Scoring.PillarScore::title).toList(),
                List.of(new Series(
                        messages.getMessage("assessments.score", null, locale),
                        scores.stream()
                                .map(p -> p.percent() == null
                                        ? Datum.hidden("—")
                                        : Datum.of(
                                                p.rounded(),
                                                p.rounded() + "% · "
                                                        + (p.phase() == null
                                                                ? "—"
                                                                : p.phase().label())))
                                .toList())));
    }

    /** The scores per pillar, the earlier measurement (hatched) next to the later one, as in the table. */
    private Chart pillarChart(
            Measurement before,
            Measurement after,
            List<Scoring.PillarScore> scoresBefore,
            List<Scoring.PillarScore> scoresAfter) {
        Locale locale = LocaleContextHolder.getLocale();
        Function<Scoring.PillarScore, Datum> score =
                p -> p.percent() == null ? Datum.hidden("—") : Datum.of(p.rounded(), p.rounded() + "%");
        return Charts.bars(
                "chart-pillars",
                messages.getMessage("assessments.compare.chart.title", null, locale),
                messages.getMessage(
                        "assessments.compare.chart.description", new Object[] {before.name(), after.name()}, locale),
                messages.getMessage("assessments.section", null, locale),
                scoresAfter.stream().map(Scoring.PillarScore::title).toList(),
                List.of(
                        new Series(
                                before.name(), scoresBefore.stream().map(score).toList()),
                        new Series(after.name(), scoresAfter.stream().map(score).toList())));
    }
}
