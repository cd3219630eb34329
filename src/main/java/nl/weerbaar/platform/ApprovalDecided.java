package nl.weerbaar.platform;

import java.util.UUID;

/**
 * A request of {@link Approvals} was approved, refused or expired. Published inside the deciding transaction:
 * a module applies an approved change with a plain {@code @EventListener} (a failure then undoes the decision
 * as well) or acts after commit with {@code @ApplicationModuleListener}. {@code payload} is what the module stored
 * with the request (null when it stored none); {@code decidedBy} is null for an expired request.
 */
public record ApprovalDecided(
        UUID tenantId,
        UUID requestId,
        String kind,
        UUID subjectId,
        String payload,
        Approvals.Status status,
        UUID requestedBy,
        UUID decidedBy) {

    public boolean approved() {
        return status == Approvals.Status.APPROVED;
    }

    /** Whether this decision is about a request of {@code kind}. */
    public boolean is(String kind) {
        return this.kind.equals(kind);
    }
}
