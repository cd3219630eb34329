package nl.weerbaar.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Four eyes: a change one person may not make alone waits for a second, different person. A module asks with
 * {@link #request(Request)}; the request waits for someone holding the approver role, or for one named person,
 * but never for the person who asked nor for the person it is about (also checked by the database). The decider
 * approves or refuses (with a reason) on the page {@code /approvals}; unanswered requests expire after
 * {@code weerbaar.approvals.expiry-days} (default 7). Every step is in the audit log (type {@code approval}), and
 * each decision is published as {@link ApprovalDecided}, on which the requesting module applies the change. An
 * approved request with an {@code informRole} is mailed to and shown on the start page of everyone with that role.
 *
 * <p>Kinds are lower-case words joined by hyphens, starting with the module's word ({@code user-confidant-role}),
 * and have a message {@code approval.kind.<kind>} with the subject's label as {0}.
 */
public interface Approvals {

    enum Status {
        PENDING,
        APPROVED,
        REFUSED,
        EXPIRED
    }

    /**
     * What is asked. {@code subjectLabel} names the subject for people (a user's name, an export's title);
     * {@code detailKey} is an optional message key shown under it; {@code payload} is the module's own, opaque
     * text to apply the change with (cleared once decided, never shown). Exactly one of {@code approverRole} and
     * {@code approverId} is set.
     */
    record Request(
            String kind,
            UUID subjectId,
            String subjectLabel,
            String detailKey,
            String payload,
            UUID requestedBy,
            Role approverRole,
            UUID approverId,
            Role informRole) {

        /** A request decided by anyone with {@code approverRole} (but the one asking and the subject). */
        public static Request of(
                String kind, UUID subjectId, String subjectLabel, String payload, UUID requestedBy, Role approverRole) {
            return new Request(kind, subjectId, subjectLabel, null, payload, requestedBy, approverRole, null, null);
        }

        /** The same request, decided only by the named person {@code approverId} instead of a role. */
        public Request namedApprover(UUID approverId) {
            return new Request(
                    kind, subjectId, subjectLabel, detailKey, payload, requestedBy, null, approverId, informRole);
        }

        /** The same request, with a message key shown under the subject. */
        public Request detail(String key) {
            return new Request(
                    kind, subjectId, subjectLabel, key, payload, requestedBy, approverRole, approverId, informRole);
        }

        /** The same request; once approved, everyone with {@code role} is told (mail and start page). */
        public Request inform(Role role) {
            return new Request(
                    kind, subjectId, subjectLabel, detailKey, payload, requestedBy, approverRole, approverId, role);
        }
    }

    /** A request as people see it. Nullable: detailKey, approverRole or approverId (one is set), approverName,
     * informRole, decidedBy, decidedByName, decidedAt, reason. */
    record Approval(
            UUID id,
            String kind,
            UUID subjectId,
            String subjectLabel,
            String detailKey,
            UUID requestedBy,
            String requestedByName,
            Instant requestedAt,
            Role approverRole,
            UUID approverId,
            String approverName,
            Role informRole,
            Instant expiresAt,
            Status status,
            UUID decidedBy,
            String decidedByName,
            Instant decidedAt,
            String reason) {

        public boolean pending() {
            return status == Status.PENDING;
        }
    }

    /**
     * Files the request in the current municipality and mails the people who may decide. When a request of this
     * kind about this subject is already waiting, that one is returned unchanged: asking twice files one request.
     */
    Approval request(Request request);

    /** The request of {@code kind} about {@code subjectId} that is waiting, if any. */
    Optional<Approval> pending(String kind, UUID subjectId);

    /** Every waiting request about {@code subjectId}, oldest first. */
    List<Approval> pendingAbout(UUID subjectId);

    /** Whether a request of {@code kind} about {@code subjectId} was ever refused. */
    boolean wasRefused(String kind, UUID subjectId);

    /**
     * The people of the current municipality with {@code role} who could decide a request asked by or about the
     * people in {@code except}: enabled, and not one of them.
     */
    List<Organisation.Person> possibleDeciders(Role role, UUID... except);

    /**
     * The people who may be named as the one approver when nobody with the approver role can decide: enabled users
     * of the current municipality with a responsibility beyond employee, other than {@code except}, by name.
     */
    List<Organisation.Person> nameableApprovers(UUID... except);

    /** Approved requests of the last 30 days that inform one of {@code user}'s roles, newest first. */
    List<Approval> recentlyApprovedFor(UserIdentity user);
}
