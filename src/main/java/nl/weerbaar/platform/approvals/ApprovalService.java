package nl.weerbaar.platform.approvals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.ApprovalDecided;
import nl.weerbaar.platform.Approvals;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.ConflictException;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Approvals} on the table {@code approval_request}: requests, decisions and expiry, each in the audit log
 * (type {@code approval}) and each decision published as {@link ApprovalDecided} in the deciding transaction.
 */
@Service
class ApprovalService implements Approvals {

    static final String TYPE = "approval";
    static final Duration NOTICE_PERIOD = Duration.ofDays(30);
    static final int REASON_MAX = 1000;

    /** Who may be named as the one approver: a responsibility beyond employee. */
    private static final Set<Role> NAMEABLE =
            EnumSet.of(Role.MANAGER, Role.CONFIDANT, Role.COORDINATOR, Role.SECRETARY, Role.LEGAL, Role.ADMIN);

    private final ApprovalRequests requests;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Notifier notifier;
    private final Clock clock;
    private final Duration expiry;

    ApprovalService(
            ApprovalRequests requests,
            AuditLog audit,
            ApplicationEventPublisher events,
            Notifier notifier,
            Clock clock,
            @Value("${weerbaar.approvals.expiry-days:7}") int expiryDays) {
        this.requests = requests;
        this.audit = audit;
        this.events = events;
        this.notifier = notifier;
        this.clock = clock;
        this.expiry = Duration.ofDays(expiryDays);
    }

    @Override
    @Transactional
    public Approval request(Request r) {
        Objects.requireNonNull(r.kind(), "kind");
        Objects.requireNonNull(r.subjectId(), "subjectId");
        Objects.requireNonNull(r.requestedBy(), "requestedBy");
        if ((r.approverRole() == null) == (r.approverId() == null)) {
            throw new IllegalArgumentException("an approval request names an approver role or one approver");
        }
        if (r.approverId() != null && requests.person(r.approverId()).isEmpty()) {
            throw new IllegalArgumentException("the named approver is no enabled user of this municipality");
        }
        Optional<Approval> waiting = requests.pending(r.kind(), r.subjectId());
        if (waiting.isPresent()) {
            return waiting.get();
        }
        Instant now = clock.instant();
        UUID id = requests.insert(r, now, now.plus(expiry));
        audit.record(Action.CREATE, TYPE, id, "requested: " + r.kind());
        List<Organisation.Person> deciders = r.approverId() != null
                ? requests.person(r.approverId()).stream().toList()
                : possibleDeciders(r.approverRole(), r.requestedBy(), r.subjectId());
        mail(deciders, "approval.mail.requested", "/approvals/" + id);
        return requests.find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Approval> pending(String kind, UUID subjectId) {
        return requests.pending(kind, subjectId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Approval> pendingAbout(UUID subjectId) {
        return requests.pendingAbout(subjectId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean wasRefused(String kind, UUID subjectId) {
        return requests.wasRefused(kind, subjectId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation.Person> possibleDeciders(Role role, UUID... except) {
        return requests.withRole(role, ids(except));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation.Person> nameableApprovers(UUID... except) {
        return requests.withAnyRole(NAMEABLE, ids(except));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Approval> recentlyApprovedFor(UserIdentity user) {
        if (user.tenantId() == null) {
            return List.of();
        }
        return requests.approvedInforming(user.roles(), clock.instant().minus(NOTICE_PERIOD));
    }

    /** The requests waiting for the logged-in user's decision. */
    @Transactional(readOnly = true)
    List<Approval> waitingForMe() {
        UserIdentity me = CurrentUser.require();
        return requests.waitingFor(me.userId(), me.roles(), clock.instant());
    }

    @Transactional(readOnly = true)
    boolean anyWaitingFor(UserIdentity user) {
        return user.tenantId() != null && requests.anyWaitingFor(user.userId(), user.roles(), clock.instant());
    }

    /** The requests the logged-in user asked for: waiting, and decided in the last 30 days. */
    @Transactional(readOnly = true)
    List<Approval> askedByMe() {
        return requests.askedBy(CurrentUser.require().userId(), clock.instant().minus(NOTICE_PERIOD));
    }

    /**
     * One request for the logged-in user when they asked for it, it is about them, they may decide it, or they are
     * told about it once approved; {@link NotFoundException} otherwise.
     */
    @Transactional(readOnly = true)
    Approval get(UUID id) {
        UserIdentity me = CurrentUser.require();
        Approval a = requests.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        boolean informed = a.informRole() != null && a.status() == Status.APPROVED && me.has(a.informRole());
        boolean involved = a.requestedBy().equals(me.userId()) || a.subjectId().equals(me.userId());
        if (!involved && !mayDecide(me, a) && !informed) {
            throw new NotFoundException(TYPE, id);
        }
        return a;
    }

    /** Whether {@code me} is a second, different person who may decide {@code a} (whatever its status). */
    static boolean mayDecide(UserIdentity me, Approval a) {
        if (me.userId().equals(a.requestedBy()) || me.userId().equals(a.subjectId())) {
            return false;
        }
        return a.approverId() != null ? a.approverId().equals(me.userId()) : me.has(a.approverRole());
    }

    @Transactional(noRollbackFor = NotAllowedException.class)
    Approval approve(UUID id) {
        return decide(id, Status.APPROVED, null);
    }

    /** Refuses with a reason (required, at most {@value #REASON_MAX} characters); field {@code reason}. */
    @Transactional(noRollbackFor = NotAllowedException.class)
    Approval refuse(UUID id, String reason) {
        FieldErrors errors = new FieldErrors();
        String text = errors.text("reason", reason, true, REASON_MAX);
        Approval a = checkDecider(id, Status.REFUSED);
        errors.throwIfAny();
        return decide(a, Status.REFUSED, text);
    }

    private Approval decide(UUID id, Status status, String reason) {
        return decide(checkDecider(id, status), status, reason);
    }

    /**
     * The request when the logged-in user may decide it now; {@link NotFoundException} for those who may not see it. A
     * refused attempt by the one who asked, the subject or someone told of it is recorded in the audit log as DENIED
     * (the caller's transaction keeps it).
     */
    private Approval checkDecider(UUID id, Status status) {
        UserIdentity me = CurrentUser.require();
        Approval a = get(id);
        String attempt = (status == Status.APPROVED ? "approve" : "refuse") + ": " + a.kind();
        String refusal = me.userId().equals(a.requestedBy())
                ? "approval.error.own-request"
                : me.userId().equals(a.subjectId())
                        ? "approval.error.about-you"
                        : mayDecide(me, a) ? null : "approval.error.not-yours";
        if (refusal != null) {
            audit.record(Action.UPDATE, TYPE, id, AuditLog.Result.DENIED, attempt);
            throw new NotAllowedException(FieldErrors.FORM, refusal);
        }
        if (!a.pending()) {
            throw new ConflictException("approval.error.decided.title", "approval.error.decided");
        }
        if (!a.expiresAt().isAfter(clock.instant())) {
            throw new ConflictException("approval.error.decided.title", "approval.error.expired");
        }
        return a;
    }

    private Approval decide(Approval a, Status status, String reason) {
        UserIdentity me = CurrentUser.require();
        String payload = requests.lockPending(a.id())
                .orElseThrow(() -> new ConflictException("approval.error.decided.title", "approval.error.decided"));
        if (!requests.decide(a.id(), status, me.userId(), clock.instant(), reason)) {
            throw new ConflictException("approval.error.decided.title", "approval.error.decided");
        }
        audit.record(Action.UPDATE, TYPE, a.id(), (status == Status.APPROVED ? "approved: " : "refused: ") + a.kind());
        publish(a, payload, status, me.userId());
        if (status == Status.APPROVED && a.informRole() != null) {
            mail(requests.withRole(a.informRole(), new UUID[0]), "approval.mail.approved", "/approvals/" + a.id());
        }
        return requests.find(a.id()).orElseThrow();
    }

    /** Expires the waiting requests of the current municipality whose time is up; returns how many. */
    @Transactional
    int expireDue() {
        int n = 0;
        for (Approval a : requests.expired(clock.instant())) {
            String payload = requests.lockPending(a.id()).orElse(null);
            if (payload != null && requests.decide(a.id(), Status.EXPIRED, null, clock.instant(), null)) {
                audit.record(Action.UPDATE, TYPE, a.id(), "expired: " + a.kind());
                publish(a, payload, Status.EXPIRED, null);
                n++;
            }
        }
        return n;
    }

    private void publish(Approval a, String payload, Status status, UUID decidedBy) {
        events.publishEvent(new ApprovalDecided(
                TenantContext.require(),
                a.id(),
                a.kind(),
                a.subjectId(),
                payload.isEmpty() ? null : payload,
                status,
                a.requestedBy(),
                decidedBy));
    }

    /** The one place approvals send mail: a link only, each in the language its recipient picked. */
    private void mail(List<Organisation.Person> people, String key, String path) {
        notifier.sendLinks(people.stream()
                .map(p -> new Notifier.LinkMail(p.email(), key, path))
                .toList());
    }

    private static UUID[] ids(UUID... except) {
        return Arrays.stream(except).filter(Objects::nonNull).toArray(UUID[]::new);
    }
}
