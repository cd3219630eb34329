package nl.weerbaar.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over the API, for the coordinator's tooling: read and verify, never write. */
@RestController
@Tag(name = "Auditlog", description = "Het auditlog van de eigen gemeente lezen en controleren (rol COORDINATOR)")
@RequestMapping("/api/v1/audit-events")
@PreAuthorize("hasRole('COORDINATOR')")
class AuditApi {

    private final AuditQuery query;
    private final AuditChainVerifier verifier;

    AuditApi(AuditQuery query, AuditChainVerifier verifier) {
        this.query = query;
        this.verifier = verifier;
    }

    @GetMapping
    @Operation(summary = "Regels van het auditlog zoeken (wie, welke handeling, welk object, van en tot welke dag)")
    List<AuditQuery.Entry> list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before) {
        return query.find(new AuditQuery.Filter(actor, action, objectType, objectId, from, to, before));
    }

    @PostMapping("/verification")
    @Operation(summary = "Controleer de hashketen van het auditlog")
    AuditChainVerifier.Verification verify() {
        return verifier.verify();
    }
}
