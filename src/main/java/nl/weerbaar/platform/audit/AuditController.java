package nl.weerbaar.platform.audit;

import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.platform.AuditLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's view of the audit log: filter, page back, verify the chain, check an anchored head from a mail.
 * Nothing here edits the log.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AuditController {

    private final AuditQuery query;
    private final AuditChainVerifier verifier;
    private final AuditLog audit;

    AuditController(AuditQuery query, AuditChainVerifier verifier, AuditLog audit) {
        this.query = query;
        this.verifier = verifier;
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long before,
            @RequestParam(required = false) String anchor,
            Model model) {
        checkAnchor(anchor, model);
        AuditQuery.Filter filter = new AuditQuery.Filter(actor, action, objectType, objectId, from, to, before);
        List<AuditQuery.Entry> entries = query.find(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", entries);
        model.addAttribute("actions", AuditLog.Action.values());
        model.addAttribute("objectTypes", query.objectTypes());
        model.addAttribute(
                "nextBefore",
                entries.size() == AuditQuery.PAGE
                        ? entries.get(entries.size() - 1).id()
                        : null);
        return "platform/audit";
    }

    @PostMapping("/audit/verify")
    String verify(Model model) {
        AuditChainVerifier.Verification result = verifier.verify();
        audit.record(
                AuditLog.Action.VERIFY,
                "audit-log",
                null,
                result.intact() ? AuditLog.Result.SUCCESS : AuditLog.Result.FAILURE,
                "integrity check");
        model.addAttribute("verification", result);
        return list(null, null, null, null, null, null, null, null, model);
    }

    /**
     * An anchor from the mail that the scheduled job sends ({@code <place>-<hash>}): whether the log still holds that
     * hash at that place. Anything else in the parameter is ignored.
     */
    private void checkAnchor(String anchor, Model model) {
        java.util.regex.Matcher m = anchor == null ? null : ANCHOR.matcher(anchor);
        if (m != null && m.matches()) {
            long seq = Long.parseLong(m.group(1));
            model.addAttribute("anchorSeq", seq);
            model.addAttribute("anchorCheck", query.anchorCheck(seq, m.group(2)));
        }
    }

    private static final java.util.regex.Pattern ANCHOR =
            java.util.regex.Pattern.compile("([0-9]{1,18})-([0-9a-f]{64})");
}
