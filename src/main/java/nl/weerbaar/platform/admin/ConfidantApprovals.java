package nl.weerbaar.platform.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.ApprovalDecided;
import nl.weerbaar.platform.Approvals;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Four eyes on confidants: granting the role of confidant (or another target group) and setting a confidant's
 * password wait for a second, different person through the platform's {@link Approvals}. That is anyone holding
 * SECRETARY other than the one asking and the user concerned; where there is no such person (one person is both
 * administrator and secretary, or the user concerned is the only secretary) the administrator names one approver
 * who is neither. The change is applied when the approval is decided, and the municipality's confidants are told.
 */
@Service
public class ConfidantApprovals {

    /** Granting CONFIDANT; payload: the target group (CIVIL_SERVANTS or OFFICE_HOLDERS), or none to keep it. */
    public static final String ROLE = "user-confidant-role";
    /** Setting a confidant's password; payload: the new password's hash. */
    public static final String PASSWORD = "user-confidant-password";

    private final Approvals approvals;
    private final Users users;
    private final AuditLog audit;

    ConfidantApprovals(Approvals approvals, Users users, AuditLog audit) {
        this.approvals = approvals;
        this.users = users;
        this.audit = audit;
    }

    /**
     * The people {@code requester} may name as approver for a change about {@code subject} (null: a new user): empty
     * when a secretary other than both can decide, so nobody needs to be named.
     */
    List<Organisation.Person> approverChoices(UUID requester, UUID subject) {
        if (!approvals.possibleDeciders(Role.SECRETARY, requester, subject).isEmpty()) {
            return List.of();
        }
        return approvals.nameableApprovers(requester, subject);
    }

    /**
     * The request for a change about {@code subject}, decided by the secretaries or by the person named in
     * {@code named}; null after a field error on {@code approverId} (nobody named, or somebody who may not decide,
     * or a request of this kind already waiting).
     */
    Approvals.Request request(
            String kind, UUID subject, String label, String payload, UUID requester, UUID named, Errors errors) {
        if (subject != null && approvals.pending(kind, subject).isPresent()) {
            errors.rejectValue(kind.equals(ROLE) ? "roles" : "newPassword", "admin.approval.pending");
            return null;
        }
        Approvals.Request request = Approvals.Request.of(kind, subject, label, payload, requester, Role.SECRETARY)
                .inform(Role.CONFIDANT);
        if (approvals.possibleDeciders(Role.SECRETARY, requester, subject).isEmpty()) {
            if (named == null) {
                errors.rejectValue("approverId", "admin.approval.approver.required");
                return null;
            }
            if (approvals.nameableApprovers(requester, subject).stream().noneMatch(p -> p.id().equals(named))) {
                errors.rejectValue("approverId", "admin.approval.approver.invalid");
                return null;
            }
            request = request.namedApprover(named);
        }
        return request;
    }

    /** Files {@code request}, about {@code subject} when that was not known before (a new user). */
    void file(Approvals.Request request, UUID subject) {
        approvals.request(new Approvals.Request(
                request.kind(),
                subject,
                request.subjectLabel(),
                request.kind().equals(ROLE) && request.payload() != null
                        ? "admin.user.scope." + request.payload()
                        : null,
                request.payload(),
                request.requestedBy(),
                request.approverRole(),
                request.approverId(),
                request.informRole()));
    }

    /** Requests waiting about {@code subject}. */
    List<Approvals.Approval> pendingAbout(UUID subject) {
        return approvals.pendingAbout(subject);
    }

    /**
     * A CONFIDANT role in the identity provider's claim of a user who does not hold it yet: files one request (none
     * when one waits or was refused before), decided by a secretary or else an administrator other than the user.
     */
    public void requestFromIdentityProvider(UUID user, String displayName) {
        if (approvals.pending(ROLE, user).isPresent() || approvals.wasRefused(ROLE, user)) {
            return;
        }
        Role approver = approvals.possibleDeciders(Role.SECRETARY, user).isEmpty()
                        && !approvals.possibleDeciders(Role.ADMIN, user).isEmpty()
                ? Role.ADMIN
                : Role.SECRETARY;
        approvals.request(Approvals.Request.of(ROLE, user, displayName, null, user, approver)
                .inform(Role.CONFIDANT));
    }

    /** Applies an approved change in the deciding transaction; a refused or expired one changes nothing. */
    @EventListener
    void apply(ApprovalDecided decision) {
        if (!decision.approved() || !(decision.is(ROLE) || decision.is(PASSWORD))) {
            return;
        }
        Users.Row user = users.find(decision.subjectId()).orElse(null);
        if (user == null) {
            return;
        }
        if (decision.is(ROLE)) {
            Set<Role> roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
            roles.add(Role.CONFIDANT);
            users.setRoles(user.id(), roles);
            if (decision.payload() != null) {
                users.setConfidantScope(user.id(), decision.payload());
            }
            audit.record(
                    Action.UPDATE,
                    UserAdmin.TYPE + "-roles",
                    user.id(),
                    "approved request " + decision.requestId() + ": roles " + roles);
        } else {
            users.setPassword(user.id(), decision.payload());
            audit.record(
                    Action.UPDATE,
                    UserAdmin.TYPE,
                    user.id(),
                    "administration: password reset (approved request " + decision.requestId() + ")");
        }
        users.endSessions(user.username());
    }
}
