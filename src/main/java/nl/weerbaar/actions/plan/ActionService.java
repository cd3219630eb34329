package nl.weerbaar.actions.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
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

    private final Actions actions;
    private final AuditLog audit;
    private final Organisation organisation;

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    ActionService(Actions actions, AuditLog audit, Organisation organisation) {
        this.actions = actions;
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
        return errors;
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
                n.priority());
        actions.insert(a, CurrentUser.get().map(UserIdentity::userId).orElse(null));
        audit.record(AuditLog.Action.CREATE, TYPE, a.id(), "action plan");
        return a.id();
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

    @Transactional
    void replan(UUID id, UserIdentity user, UUID ownerId, LocalDate dueDate, Priority priority) {
        Action a = visible(id, user);
        if (!isCoordinator(user) && !user.userId().equals(ownerId)) {
            // an owner may change date and priority, but only a coordinator hands an action to someone else
            throw new NotFoundException(TYPE, id);
        }
        requireOwnerInMunicipality(ownerId);
        a.replan(ownerId, dueDate, priority);
        actions.update(a);
        actions.addNote(id, user.userId(), "PLAN", priority.name() + " " + (dueDate == null ? "-" : dueDate));
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "plan changed");
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
