package nl.weerbaar.awareness.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's programme for the year in the municipality in context: plan, change and remove events, link one
 * to a new action of the action plan (through {@link ActionPlans}), and export it as iCalendar. The coordinator and
 * the secretary see the whole programme; an owner sees their own events. Changes are audited; the programme is no
 * case data, so reading it is not.
 */
@Service
class ProgrammeService {

    static final String TYPE = "awareness-event";

    /** What the form sends, unchecked. */
    record Form(
            String kind,
            String title,
            String startsOn,
            String ownerId,
            String departmentId,
            String notes,
            String remindDays) {}

    private final ProgrammeEvents events;
    private final Organisation organisation;
    private final ActionPlans actionPlans;
    private final AuditLog audit;
    private final Clock clock;

    ProgrammeService(
            ProgrammeEvents events, Organisation organisation, ActionPlans actionPlans, AuditLog audit, Clock clock) {
        this.events = events;
        this.organisation = organisation;
        this.actionPlans = actionPlans;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programme of {@code year}. */
    @Transactional(readOnly = true)
    List<ProgrammeEvent> year(int year, UserIdentity user) {
        requireReader(user);
        return events.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The next {@code limit} events from today on (the start page). */
    @Transactional(readOnly = true)
    List<ProgrammeEvent> upcoming(int limit) {
        return events.upcoming(DutchTime.today(clock), limit);
    }

    /** One event, for the coordinator, the secretary or its owner; {@link NotFoundException} for anyone else. */
    @Transactional(readOnly = true)
    ProgrammeEvent event(UUID id, UserIdentity user) {
        ProgrammeEvent e = events.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        if (!isReader(user) && !e.ownerId().equals(user.userId())) {
            throw new NotFoundException(TYPE, id);
        }
        return e;
    }

    @Transactional
    UUID plan(Form form, UserIdentity user) {
        requirePlanner(user);
        ProgrammeEvents.Values v = check(form);
        UUID id = UUID.randomUUID();
        events.insert(id, v, user.userId(), clock.instant());
        audit.record(AuditLog.Action.CREATE, TYPE, id, "programme event planned");
        return id;
    }

    @Transactional
    void change(UUID id, Form form, UserIdentity user) {
        requirePlanner(user);
        ProgrammeEvent before = events.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        ProgrammeEvents.Values v = check(form);
        boolean remindAgain = !before.startsOn().equals(v.startsOn())
                || before.remindDays() != v.remindDays()
                || !before.ownerId().equals(v.ownerId());
        events.update(id, v, remindAgain, clock.instant());
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "programme event changed");
    }

    @Transactional
    void remove(UUID id, UserIdentity user) {
        requirePlanner(user);
        events.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        events.delete(id);
        audit.record(AuditLog.Action.DELETE, TYPE, id, "programme event removed");
    }

    /**
     * Makes an action in the action plan for the event (owner and day as the event's) and links it; returns the
     * action's id. An event already linked keeps its action.
     */
    @Transactional
    UUID linkNewAction(UUID id, UserIdentity user) {
        requirePlanner(user);
        ProgrammeEvent e = events.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        if (e.actionId() != null) {
            return e.actionId();
        }
        UUID action = actionPlans.create(new ActionPlans.NewAction(
                e.title(),
                e.notes(),
                "awareness",
                e.id().toString(),
                e.ownerId(),
                e.startsOn(),
                ActionPlans.Priority.MEDIUM));
        events.linkAction(id, action);
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "programme event linked to an action");
        return action;
    }

    /** The programme of {@code year} as iCalendar; the export is audited. */
    @Transactional
    String calendar(int year, String name, UserIdentity user) {
        List<ProgrammeEvent> list = year(year, user);
        audit.record(AuditLog.Action.EXPORT, "awareness-programme", year, "programme exported as iCalendar");
        return ICalendar.write(
                "-//Weerbaar//Programma//NL",
                name,
                list.stream()
                        .map(e -> new ICalendar.Event(
                                e.id() + "@weerbaar",
                                e.startsOn(),
                                e.title(),
                                e.departmentName() == null
                                        ? e.notes()
                                        : e.departmentName() + (e.notes() == null ? "" : "\n" + e.notes()),
                                e.updatedAt()))
                        .toList(),
                clock.instant());
    }

    /** Everybody with a role in the municipality, by name: who can own an event. */
    @Transactional(readOnly = true)
    List<Organisation.Person> people() {
        Map<UUID, Organisation.Person> byId = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (role != Role.OPERATOR) {
                organisation.withRole(role, null).forEach(p -> byId.putIfAbsent(p.id(), p));
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(Organisation.Person::displayName))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Organisation.Department> departments() {
        return organisation.departments();
    }

    static boolean isReader(UserIdentity user) {
        return user.hasAny(Role.COORDINATOR, Role.SECRETARY);
    }

    static boolean isPlanner(UserIdentity user) {
        return user.has(Role.COORDINATOR);
    }

    private static void requireReader(UserIdentity user) {
        if (!isReader(user)) {
            throw new AccessDeniedException("programme");
        }
    }

    private static void requirePlanner(UserIdentity user) {
        if (!isPlanner(user)) {
            throw new AccessDeniedException("programme");
        }
    }

    private ProgrammeEvents.Values check(Form f) {
        FieldErrors errors = new FieldErrors();
        String kind = errors.oneOf(
                "kind",
                f.kind(),
                java.util.Arrays.stream(EventKind.values()).map(Enum::name).toList(),
                true);
        String title = errors.text("title", f.title(), true, ProgrammeEvent.MAX_TITLE);
        if (title != null && title.length() < 2) {
            errors.reject("title", "awareness.error.title.short");
        }
        LocalDate day = null;
        if (!errors.rejectUnreadable("startsOn", f.startsOn())) {
            if (f.startsOn() == null || f.startsOn().isBlank()) {
                errors.reject("startsOn", "error.required");
            } else {
                day = DateInput.parse(f.startsOn()).orElse(null);
                if (day == null) {
                    errors.reject("startsOn", "awareness.error.date");
                }
            }
        }
        UUID owner = id(errors, "ownerId", f.ownerId(), true);
        if (owner != null && organisation.person(owner).isEmpty()) {
            errors.reject("ownerId", "awareness.error.owner");
        }
        UUID department = id(errors, "departmentId", f.departmentId(), false);
        if (department != null && organisation.department(department).isEmpty()) {
            errors.reject("departmentId", "error.choice");
        }
        if (Objects.equals(kind, EventKind.NORM_DISCUSSION.name())
                && department == null
                && !errors.has("departmentId")) {
            errors.reject("departmentId", "awareness.error.department");
        }
        String notes = errors.text("notes", f.notes(), false, ProgrammeEvent.MAX_NOTES);
        int remind = f.remindDays() == null || f.remindDays().isBlank()
                ? 7
                : errors.number("remindDays", f.remindDays(), 0, ProgrammeEvent.MAX_REMIND_DAYS);
        errors.throwIfAny();
        return new ProgrammeEvents.Values(EventKind.valueOf(kind), title, day, owner, department, notes, remind);
    }

    private static UUID id(FieldErrors errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.reject(field, "error.required");
            }
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.reject(field, "error.choice");
            return null;
        }
    }
}
