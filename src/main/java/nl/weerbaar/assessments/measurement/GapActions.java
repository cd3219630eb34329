package nl.weerbaar.assessments.measurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instrument.Pillar;
import nl.weerbaar.assessments.instrument.Instrument.Question;
import nl.weerbaar.assessments.instrument.Instrument.Theme;
import nl.weerbaar.assessments.measurement.Measurements.Answer;
import nl.weerbaar.assessments.measurement.Measurements.Measurement;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A gap of a measurement turned into an action of the action plan. This class reads what the person entered
 * (owner, date, priority as text); the action plan's own rules ({@link ActionPlans#check}) decide whether the action
 * may be created, so the limits live in one place.
 */
@Service
class GapActions {

    /** A gap's pre-filled action; {@code pillar} is the title of the question's pillar. */
    record GapDraft(
            Measurement measurement,
            Question question,
            Answer answer,
            String title,
            String description,
            ActionPlans.Priority priority,
            String pillar) {}

    /** What a person or API client entered for a new action; every field may be null (then the draft's value). */
    record GapAction(String title, String description, String ownerId, String dueDate, String priority) {
        static final GapAction DEFAULTS = new GapAction(null, null, null, null, null);
    }

    /** The fields of a new action in the order of the form. */
    private static final List<String> FIELDS = List.of("title", "description", "ownerId", "dueDate", "priority");

    private final MeasurementService measurements;
    private final Measurements store;
    private final ActionPlans actions;
    private final AuditLog audit;

    GapActions(MeasurementService measurements, Measurements store, ActionPlans actions, AuditLog audit) {
        this.measurements = measurements;
        this.store = store;
        this.actions = actions;
        this.audit = audit;
    }

    /**
     * The action a gap would become, pre-filled from the instrument: the suggested measure as title (the question
     * when there is none), the question and comment as description, the theme's priority (else high for a red or
     * "no" answer, medium otherwise). 404 when the question is unknown, unanswered or not a gap.
     */
    @Transactional
    GapDraft draft(UUID id, String questionKey, UserIdentity user) {
        Measurement m = measurements.view(id, user);
        Instrument instrument = measurements.instrument(m);
        Question q = instrument.questionsByKey().get(questionKey);
        Answer a = store.answers(id).get(questionKey);
        Double score = q == null || a == null ? null : q.type().score(a.value());
        if (score == null || score >= 1.0) {
            throw new NotFoundException("gap", questionKey);
        }
        Pillar pillar = instrument.pillars().stream()
                .filter(p -> p.themes().stream().anyMatch(t -> t.questions().contains(q)))
                .findFirst()
                .orElseThrow();
        Theme theme = pillar.themes().stream()
                .filter(t -> t.questions().contains(q))
                .findFirst()
                .orElseThrow();
        String title = q.measure() != null ? q.measure() : q.text();
        ActionPlans.Priority priority = theme.priority() != null
                ? ActionPlans.Priority.valueOf(theme.priority().toUpperCase(Locale.ROOT))
                : (score == 0 ? ActionPlans.Priority.HIGH : ActionPlans.Priority.MEDIUM);
        String description = q.key() + " — " + q.text() + (a.comment() == null ? "" : "\n\n" + a.comment());
        return new GapDraft(
                m,
                q,
                a,
                title.length() > 200 ? title.substring(0, 200) : title,
                description.length() > 4000 ? description.substring(0, 4000) : description,
                priority,
                pillar.title());
    }

    /**
     * Turns a gap into an action, under the action plan's theme of the same name as the question's pillar when there
     * is one. Fields left null take the draft's value ({@link #draft}); input that cannot be
     * read or that the action plan refuses is answered with {@link nl.weerbaar.platform.InvalidInputException}
     * (field errors) and nothing is saved.
     */
    @Transactional
    UUID create(UUID id, String questionKey, GapAction input, UserIdentity user) {
        GapDraft draft = draft(id, questionKey, user);
        FieldErrors parsed = new FieldErrors();
        String title = input.title() == null ? draft.title() : input.title().strip();
        String description = input.description() == null
                ? draft.description()
                : input.description().strip();
        UUID owner = null;
        if (input.ownerId() != null && !input.ownerId().isBlank()) {
            try {
                owner = UUID.fromString(input.ownerId().strip());
            } catch (IllegalArgumentException e) {
                parsed.reject("ownerId", "assessments.error.action.owner");
            }
        }
        LocalDate due = null;
        if (input.dueDate() != null && !input.dueDate().isBlank()) {
            // as people type it: ISO from a date picker or Dutch day-month-year
            due = DateInput.parse(input.dueDate()).orElse(null);
            if (due == null) {
                parsed.reject("dueDate", "assessments.error.action.dueDate");
            }
        }
        ActionPlans.Priority priority = draft.priority();
        if (input.priority() != null && !input.priority().isBlank()) {
            try {
                priority = ActionPlans.Priority.valueOf(input.priority().strip());
            } catch (IllegalArgumentException e) {
                parsed.reject("priority", "assessments.error.action.priority");
            }
        }
        ActionPlans.NewAction action = new ActionPlans.NewAction(
                title,
                description.isEmpty() ? null : description,
                "assessments",
                draft.answer().id().toString(),
                owner,
                due,
                priority,
                actions.themeNamed(draft.pillar()).orElse(null));
        FieldErrors rules = actions.check(action);
        FieldErrors errors = new FieldErrors();
        for (String field : FIELDS) {
            FieldErrors.FieldError e = parsed.has(field) ? parsed.get(field) : rules.get(field);
            if (e != null) {
                errors.reject(field, e.key(), e.arguments());
            }
        }
        errors.addAll(rules);
        errors.throwIfAny();
        UUID created = actions.create(action);
        audit.record(AuditLog.Action.UPDATE, MeasurementService.TYPE, id, "gap turned into action");
        return created;
    }
}
