package nl.weerbaar.assessments.measurement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instrument.Question;
import nl.weerbaar.assessments.measurement.MeasurementService.AnswerInput;
import nl.weerbaar.assessments.measurement.Measurements.Measurement;
import nl.weerbaar.platform.Confirmation;
import nl.weerbaar.platform.ContentSniffer;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UploadLimits;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** One measurement: progress, handing out sections, answering a section, locking. */
@Controller
@PreAuthorize(AssessmentsNavigation.ROLES)
class MeasurementController {

    private final MeasurementService service;
    private final Organisation organisation;
    private final SectionUploads uploads;

    MeasurementController(MeasurementService service, Organisation organisation, SectionUploads uploads) {
        this.service = service;
        this.organisation = organisation;
        this.uploads = uploads;
    }

    @GetMapping("/assessments/measurements/{id}")
    String overview(@PathVariable UUID id, Model model) {
        UserIdentity me = CurrentUser.require();
        Measurement m = service.view(id, me);
        Instrument instrument = service.instrument(m);
        Map<String, Measurements.Answer> answers = service.answers(id);
        model.addAttribute("measurement", m);
        model.addAttribute("instrument", instrument);
        model.addAttribute("scores", Scoring.score(instrument, values(answers)));
        model.addAttribute(
                "answered",
                answers.values().stream().filter(a -> a.value() != null).count());
        model.addAttribute("total", instrument.questionCount());
        model.addAttribute("manages", MeasurementService.manages(me));
        model.addAttribute("readsResults", MeasurementService.readsResults(me));
        Map<String, List<String>> assignees = new LinkedHashMap<>();
        service.assignments(id)
                .forEach(a -> assignees
                        .computeIfAbsent(a.pillarKey(), k -> new ArrayList<>())
                        .add(organisation
                                .person(a.assigneeId())
                                .map(Organisation.Person::displayName)
                                .orElse("?")));
        model.addAttribute("assignees", assignees);
        model.addAttribute(
                "mayAnswer",
                instrument.pillars().stream()
                        .filter(p -> service.mayAnswer(id, p.key(), me))
                        .map(Instrument.Pillar::key)
                        .toList());
        if (MeasurementService.manages(me)) {
            model.addAttribute("people", people());
        }
        return "assessments/measurement";
    }

    @PostMapping("/assessments/measurements/{id}/assign")
    @PreAuthorize("hasRole('COORDINATOR')")
    String assign(
            @PathVariable UUID id,
            @RequestParam(required = false) String pillar,
            @RequestParam(required = false) UUID person) {
        if (pillar == null || person == null) {
            return "redirect:/assessments/measurements/" + id + "?assignError";
        }
        try {
            service.assign(id, pillar, person);
        } catch (IllegalArgumentException e) {
            return "redirect:/assessments/measurements/" + id + "?assignError";
        }
        return "redirect:/assessments/measurements/" + id + "?assigned";
    }

    /**
     * Locking cannot be undone: unconfirmed, a complete measurement gets the confirmation step and an incomplete one
     * the number of questions still open; confirmed, it is locked.
     */
    @PostMapping("/assessments/measurements/{id}/lock")
    @PreAuthorize("hasRole('COORDINATOR')")
    String lock(
            @PathVariable UUID id,
            @RequestParam(name = Confirmation.PARAMETER, defaultValue = "false") boolean confirmed,
            Model model) {
        if (!confirmed) {
            MeasurementService.Lockable lockable = service.lockable(id);
            if (lockable.missing() > 0) {
                return "redirect:/assessments/measurements/" + id + "?missing=" + lockable.missing();
            }
            return Confirmation.of(
                            "assessments.lock.confirm.title",
                            lockable.measurement().name())
                    .consequence("assessments.lock.confirm.answered", lockable.answered(), lockable.total())
                    .consequence("assessments.lock.confirm.fixed")
                    .consequence("assessments.lock.confirm.results")
                    .button("assessments.lock.confirm.button")
                    .back("/assessments/measurements/" + id)
                    .show(model);
        }
        int missing = service.lock(id);
        return "redirect:/assessments/measurements/" + id + (missing == 0 ? "?locked" : "?missing=" + missing);
    }

    @GetMapping("/assessments/measurements/{id}/sections/{pillar}")
    String section(@PathVariable UUID id, @PathVariable String pillar, Model model) {
        return sectionPage(id, pillar, model, new FieldErrors(), Map.of(), Map.of(), Map.of());
    }

    @PostMapping("/assessments/measurements/{id}/sections/{pillar}")
    String save(
            @PathVariable UUID id,
            @PathVariable String pillar,
            jakarta.servlet.http.HttpServletRequest request,
            Model model)
            throws IOException {
        UserIdentity me = CurrentUser.require();
        List<MeasurementService.Item> items = service.section(id, pillar, me);
        FieldErrors errors = new FieldErrors();
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, String> links = new LinkedHashMap<>();
        List<AnswerInput> inputs = new ArrayList<>();
        long filesTotal = 0;
        for (MeasurementService.Item item : items) {
            Question q = item.question();
            String value = trimmed(request.getParameter("value_" + q.key()));
            String comment = trimmed(request.getParameter("comment_" + q.key()));
            String link = trimmed(request.getParameter("link_" + q.key()));
            MultipartFile file =
                    request instanceof MultipartHttpServletRequest mr ? mr.getFile("file_" + q.key()) : null;
            entered.put(q.key(), value == null ? "" : value);
            comments.put(q.key(), comment == null ? "" : comment);
            links.put(q.key(), link == null ? "" : link);
            if (value != null && !q.type().accepts(value)) {
                errors.reject(q.key(), "assessments.error.value");
            } else if (comment != null && comment.length() > 4000) {
                errors.reject(q.key(), "assessments.error.comment");
            } else if (link != null && (!link.matches("^https?://\\S+$") || link.length() > 2000)) {
                errors.reject(q.key(), "assessments.error.link");
            }
            Measurements.Evidence evidence = null;
            if (file != null && !file.isEmpty()) {
                filesTotal += file.getSize();
            }
            if (file != null && !file.isEmpty() && !errors.has(q.key())) {
                if (file.getSize() > uploads.maxFileBytes()) {
                    errors.reject(
                            q.key(),
                            "assessments.error.file.size",
                            UploadLimits.megabytes(uploads.maxFileBytes()),
                            UploadLimits.megabytes(uploads.maxFilesPerSaveBytes()));
                    continue;
                }
                if (filesTotal > uploads.maxFilesPerSaveBytes()) {
                    errors.reject(
                            q.key(),
                            "assessments.error.file.total",
                            UploadLimits.megabytes(uploads.maxFileBytes()),
                            UploadLimits.megabytes(uploads.maxFilesPerSaveBytes()));
                    continue;
                }
                byte[] content = file.getBytes();
                String type = ContentSniffer.sniff(content).orElse(null);
                if (type == null) {
                    errors.reject(q.key(), "assessments.error.file.type");
                } else {
                    evidence = new Measurements.Evidence(
                            ContentSniffer.safeName(file.getOriginalFilename(), type, "bewijs"), type, content);
                }
            }
            boolean unchanged =
                    value == null && comment == null && link == null && evidence == null && item.answer() == null;
            if (!unchanged) {
                inputs.add(new AnswerInput(q.key(), value, comment, link, evidence));
            }
        }
        if (!errors.isEmpty()) {
            return sectionPage(id, pillar, model, errors, entered, comments, links);
        }
        service.save(id, pillar, inputs, me);
        return "redirect:/assessments/measurements/" + id + "/sections/" + pillar + "?saved";
    }

    /** The section; after refused input with what the person entered (answers, comments, links) kept. */
    private String sectionPage(
            UUID id,
            String pillar,
            Model model,
            FieldErrors errors,
            Map<String, String> entered,
            Map<String, String> comments,
            Map<String, String> links) {
        UserIdentity me = CurrentUser.require();
        List<MeasurementService.Item> items = service.section(id, pillar, me);
        Measurement m = service.view(id, me);
        Instrument instrument = service.instrument(m);
        model.addAttribute("measurement", m);
        model.addAttribute("pillar", instrument.pillar(pillar).orElseThrow());
        model.addAttribute("items", items);
        model.addAttribute(
                "answered",
                items.stream()
                        .filter(i -> i.answer() != null && i.answer().value() != null)
                        .count());
        model.addAttribute("errors", errors);
        model.addAttribute("entered", entered);
        model.addAttribute("enteredComments", comments);
        model.addAttribute("enteredLinks", links);
        model.addAttribute("maxFileMb", UploadLimits.megabytes(uploads.maxFileBytes()));
        model.addAttribute("maxSaveMb", UploadLimits.megabytes(uploads.maxFilesPerSaveBytes()));
        model.addAttribute("maxFileBytes", uploads.maxFileBytes());
        model.addAttribute("maxSaveBytes", uploads.maxFilesPerSaveBytes());
        return "assessments/section";
    }

    private List<Organisation.Person> people() {
        Map<UUID, Organisation.Person> byId = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            if (r != Role.OPERATOR) {
                organisation.withRole(r, null).forEach(p -> byId.putIfAbsent(p.id(), p));
            }
        }
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(Organisation.Person::displayName))
                .toList();
    }

    static Map<String, String> values(Map<String, Measurements.Answer> answers) {
        Map<String, String> values = new LinkedHashMap<>();
        answers.forEach((k, a) -> {
            if (a.value() != null) {
                values.put(k, a.value());
            }
        });
        return values;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
