package nl.weerbaar.actions.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan of the current municipality: the {@link ActionPlans} facade for other modules and the
 * operations behind the action pages. Every change and every read of an action is audited in the same
 * transaction. Coordinators and secretaries see every action; other users see the actions they own.
 */
@Service
class ActionService implements ActionPlans {

    static final String TYPE = "action";

    /** The source of an action that a person added by hand. */
    static final String MANUAL = "manual";

    /**
     * What a person or API client entered for an action added by hand, as typed: ids, date (ISO or Dutch
     * day-month-year) and priority (LOW, MEDIUM, HIGH; MEDIUM when empty). Every field may be null.
     */
    record ManualAction(
            String title, String description, String themeId, String ownerId, String dueDate, String priority) {
        static final ManualAction EMPTY = new ManualAction(null, null, null, null, null, "MEDIUM");
    }

    /** The fields of a new action in the order of the form. */
    private static final List<String> FIELDS =
            List.of("title", "description", "themeId", "ownerId", "dueDate", "priority");

    private final Actions actions;
    private final ThemeService themes;
    private final AuditLog audit;
    private final Organisation organisation;

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    ActionService(Actions actions, ThemeService themes, AuditLog audit, Organisation organisation) {
        this.actions = actions;
        this.themes = themes;
        this.audit = audit;
        this.organisation = organisation;
    }

    @Override
    @Transactional
    public FieldErrors check(NewAction n) {
        FieldErrors errors = new FieldErrors();
        String title = n.title() == null ? "" : n.title().strip();
        if (title.length() < 2 || title.length() > MAX_TITLE) {
            errors.reject("title", "actions.error.title");
        }
        errors.rejectUnreadable("title", title);
        if (n.description() != null && n.description().length() > MAX_DESCRIPTION) {
            errors.reject("description", "actions.error.description");
        }
        errors.rejectUnreadable("description", n.description());
        if (n.ownerId() != null && organisation.person(n.ownerId()).isEmpty()) {
            errors.reject("ownerId", "actions.error.owner");
        }
        if (n.themeId() != null && !themes.isActive(n.themeId())) {
            errors.reject("themeId", "actions.error.theme");
        }
        return errors;
    }

    @Override
    @Transactional
    public Optional<UUID> themeNamed(String name) {
        return themes.activeNamed(name);
    }

    @Override
    @Transactional
    public UUID create(NewAction n) {
        check(n).throwIfAny();
        String title = n.title().strip();
        Action a = Action.open(
                title,
                blankToNull(n.description()),
                n.sourceModule(),
                n.sourceRef(),
                n.ownerId(),
                n.dueDate(),
                n.priority(),
                n.themeId());
        actions.insert(a, CurrentUser.get().map(UserIdentity::userId).orElse(null));
        audit.record(
                AuditLog.Action.CREATE,
                TYPE,
                a.id(),
                MANUAL.equals(n.sourceModule()) ? "added by hand" : "action plan");
        return a.id();
    }

    /**
     * Adds an action by hand (source {@link #MANUAL}); coordinators and secretaries only. Input that cannot be read
     * or that {@link #check} refuses is answered with {@link InvalidInputException} and nothing is saved.
     */
    @Transactional
    UUID createManual(ManualAction input, UserIdentity user) {
        requireOverview(user);
        FieldErrors parsed = new FieldErrors();
        UUID theme = id(parsed, "themeId", input.themeId(), "actions.error.theme");
        UUID owner = id(parsed, "ownerId", input.ownerId(), "actions.error.owner");
        LocalDate due = null;
        if (input.dueDate() != null && !input.dueDate().isBlank()) {
            due = DateInput.parse(input.dueDate()).orElse(null);
            if (due == null) {
                parsed.reject("dueDate", "actions.error.date");
            }
        }
        Priority priority = Priority.MEDIUM;
        if (input.priority() != null && !input.priority().isBlank()) {
            try {
                priority = Priority.valueOf(input.priority().strip());
            } catch (IllegalArgumentException e) {
                parsed.reject("priority", "actions.error.priority");
            }
        }
        NewAction action = new NewAction(input.title(), input.description(), MANUAL, null, owner, due, priority, theme);
        FieldErrors rules = check(action);
        FieldErrors errors = new FieldErrors();
        for (String field : FIELDS) {
            FieldErrors.FieldError e = parsed.has(field) ? parsed.get(field) : rules.get(field);
            if (e != null) {
                errors.reject(field, e.key(), e.arguments());
            }
        }
        errors.addAll(rules).throwIfAny();
        return create(action);
    }

    @Override
    @Transactional
    public List<ActionSummary> forSource(String sourceModule, String sourceRef) {
        List<ActionSummary> found = actions.forSource(sourceModule, sourceRef);
        audit.read(TYPE, null, "actions of " + sourceModule);
        return found;
    }

    /** The action, when the user may see it; 404 otherwise (also for another municipality's ids). */
    @Transactional
    Action view(UUID id, UserIdentity user) {
        Action a = visible(id, user);
        audit.read(TYPE, id, "action page");
        return a;
    }

    @Transactional
    List<Actions.Note> notes(UUID id, UserIdentity user) {
        visible(id, user);
        return actions.notes(id);
    }

    @Transactional
    List<Actions.Evidence> evidence(UUID id, UserIdentity user) {
        visible(id, user);
        return actions.evidence(id);
    }

    @Transactional
    Actions.File file(UUID id, UUID evidenceId, UserIdentity user) {
        visible(id, user);
        Actions.File f = actions.file(id, evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        audit.record(AuditLog.Action.EXPORT, "action-evidence", evidenceId, "download evidence");
        return f;
    }

    @Transactional
    List<ActionSummary> mine(UserIdentity user) {
        audit.read(TYPE, null, "my actions");
        return actions.forOwner(user.userId());
    }

    /**
     * The actions of one owner; {@code status} null for every status. Users who are not coordinators or
     * secretaries may ask only for their own.
     */
    @Transactional
    List<ActionSummary> ofOwner(UUID ownerId, String status, UserIdentity user) {
        if (!isCoordinator(user) && !user.userId().equals(ownerId)) {
            throw new org.springframework.security.access.AccessDeniedException("actions of another owner");
        }
        audit.read(TYPE, null, user.userId().equals(ownerId) ? "my actions" : "actions per owner");
        return actions.forOwner(ownerId).stream()
                .filter(a -> status == null || a.status().equals(status))
                .toList();
    }

    /** Every action of the municipality; coordinators and secretaries only. */
    @Transactional
    List<ActionSummary> all(String status, UserIdentity user) {
        requireOverview(user);
        audit.read(TYPE, null, "action plan overview");
        return actions.all(status);
    }

    /** The plan's progress over the twelve months up to {@code today}'s; coordinators and secretaries only. */
    @Transactional
    List<Actions.MonthProgress> progress(LocalDate today, UserIdentity user) {
        requireOverview(user);
        LocalDate month = today.withDayOfMonth(1);
        return actions.progress(month.minusMonths(11), month);
    }

    /** Open actions without owner or past their due date; coordinators and secretaries only. */
    @Transactional
    List<ActionSummary> needingFollowUp(LocalDate today, UserIdentity user) {
        requireOverview(user);
        audit.read(TYPE, null, "stale follow-up");
        return actions.needingFollowUp(today);
    }

    /** Applies a status change ({@link Action#start()} etc.) and writes it in the progress notes. */
    @Transactional
    void transition(UUID id, UserIdentity user, String name, Consumer<Action> change) {
        Action a = visible(id, user);
        change.accept(a);
        actions.update(a);
        actions.addNote(id, user.userId(), "STATUS", a.status().name());
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "status " + name);
    }

    /**
     * Changes owner, due date and priority, and for coordinators and secretaries the theme ({@code themeId} null: no
     * theme). The theme is an active one or the one the action has already; otherwise {@link InvalidInputException}
     * on field {@code theme}.
     */
    @Transactional
    void replan(UUID id, UserIdentity user, UUID ownerId, LocalDate dueDate, Priority priority, UUID themeId) {
        Action a = visible(id, user);
        if (!isCoordinator(user) && !user.userId().equals(ownerId)) {
            // an owner may change date and priority, but only a coordinator hands an action to someone else
            throw new NotFoundException(TYPE, id);
        }
        requireOwnerInMunicipality(ownerId);
        boolean themeChanged = false;
        if (isCoordinator(user)) {
            if (themeId != null && !themeId.equals(a.themeId()) && !themes.isActive(themeId)) {
                throw new InvalidInputException("theme", "actions.error.theme");
            }
            themeChanged = a.changeTheme(themeId);
        }
        a.replan(ownerId, dueDate, priority);
        actions.update(a);
        actions.addNote(id, user.userId(), "PLAN", priority.name() + " " + (dueDate == null ? "-" : dueDate));
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "plan changed");
        if (themeChanged) {
            audit.record(AuditLog.Action.UPDATE, TYPE, id, "theme changed");
        }
    }

    @Transactional
    void addNote(UUID id, UserIdentity user, String body) {
        visible(id, user);
        actions.addNote(id, user.userId(), "NOTE", body);
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "progress note");
    }

    @Transactional
    void addEvidence(
            UUID id,
            UserIdentity user,
            String label,
            String link,
            String fileName,
            String contentType,
            byte[] content) {
        visible(id, user);
        UUID evidenceId = actions.addEvidence(id, user.userId(), label, link, fileName, contentType, content);
        audit.record(AuditLog.Action.CREATE, "action-evidence", evidenceId, "evidence added");
    }

    static boolean isCoordinator(UserIdentity user) {
        return user.hasAny(Role.COORDINATOR, Role.SECRETARY);
    }

    private Action visible(UUID id, UserIdentity user) {
        Action a = actions.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        if (!isCoordinator(user) && !user.userId().equals(a.ownerId())) {
            throw new NotFoundException(TYPE, id);
        }
        return a;
    }

    private static void requireOverview(UserIdentity user) {
        if (!isCoordinator(user)) {
            throw new org.springframework.security.access.AccessDeniedException("overview");
        }
    }

    private void requireOwnerInMunicipality(UUID ownerId) {
        if (ownerId != null && organisation.person(ownerId).isEmpty()) {
            throw new IllegalArgumentException("owner is not a person of this municipality");
        }
    }

    /** The id typed in {@code field}, null when empty; refused with {@code key} when it is no id. */
    private static UUID id(FieldErrors errors, String field, String value, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.reject(field, key);
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
