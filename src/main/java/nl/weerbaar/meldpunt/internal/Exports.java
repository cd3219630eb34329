package nl.weerbaar.meldpunt.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.ApprovalDecided;
import nl.weerbaar.platform.Approvals;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.ConflictException;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.PdfDocuments;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exporting a report as a PDF waits for a second person (ADR 0606): a recipient asks, another recipient of the same
 * report approves through the platform's {@link Approvals}, and the one who asked downloads the report once. The PDF
 * is made at the download from the sealed report and never stored.
 */
@Service
class Exports {

    static final String KIND = "meldpunt-export";

    /** Where an export of a report stands for one recipient. */
    record State(Approvals.Approval pending, boolean ready) {}

    private final Inbox inbox;
    private final Reports reports;
    private final Recipients recipients;
    private final Approvals approvals;
    private final PdfDocuments pdfs;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Exports(
            Inbox inbox,
            Reports reports,
            Recipients recipients,
            Approvals approvals,
            PdfDocuments pdfs,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.inbox = inbox;
        this.reports = reports;
        this.recipients = recipients;
        this.approvals = approvals;
        this.pdfs = pdfs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Asks for an export of report {@code id}; the approver is the first other recipient of the report by name. Asking
     * again while a request waits files nothing new. A report with no other recipient cannot be exported (409).
     */
    @Transactional
    Approvals.Approval request(UUID id, UserIdentity me) {
        Reports.Stored report = inbox.mine(id, me);
        List<Organisation.Person> others = recipients.known().of(report.notTo()).stream()
                .filter(p -> !p.id().equals(me.userId()))
                .toList();
        if (others.isEmpty()) {
            throw new ConflictException("meldpunt.export.noSecond.title", "meldpunt.export.noSecond");
        }
        String label = "Melding van " + DutchTime.date(report.receivedOn());
        Approvals.Approval asked =
                approvals.request(Approvals.Request.of(KIND, id, label, null, me.userId(), Role.COORDINATOR)
                        .namedApprover(others.get(0).id())
                        .detail("meldpunt.export.detail"));
        audit.record(AuditLog.Action.CREATE, KIND, id, "export requested");
        return asked;
    }

    /** What {@code me} sees of exports of report {@code id}: a request that waits, or an approved one not yet used. */
    @Transactional(readOnly = true)
    State state(UUID id, UserIdentity me) {
        Optional<Approvals.Approval> pending =
                approvals.pending(KIND, id).filter(a -> a.requestedBy().equals(me.userId()));
        return new State(pending.orElse(null), ready(id, me.userId()).isPresent());
    }

    /** An approved request becomes a one-time export for the one who asked, in the deciding transaction. */
    @EventListener
    void approved(ApprovalDecided decision) {
        if (!decision.approved() || !decision.is(KIND)) {
            return;
        }
        TenantContext.runAs(
                decision.tenantId(),
                () -> jdbc.sql(
                                "INSERT INTO meldpunt_export (id, tenant_id, report_id, requested_by, approved_by, approved_on)"
                                        + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(
                                decision.requestId(),
                                decision.tenantId(),
                                decision.subjectId(),
                                decision.requestedBy(),
                                decision.decidedBy(),
                                DutchTime.today(clock))
                        .update());
    }

    /**
     * The report as an accessible PDF for {@code me}, once per approved request; audited as an export. Without an
     * approved, unused request: not found.
     */
    @Transactional
    byte[] download(UUID id, UserIdentity me, Locale locale) {
        UUID export = ready(id, me.userId()).orElseThrow(() -> new NotFoundException(KIND, id));
        Inbox.Detail detail = inbox.open(id, me);
        jdbc.sql("UPDATE meldpunt_export SET downloaded_on = ? WHERE id = ?")
                .params(DutchTime.today(clock), export)
                .update();
        audit.record(AuditLog.Action.EXPORT, Inbox.AUDIT_TYPE, id, "pdf, approved request " + export);
        return pdfs.render(
                "meldpunt/export", Map.of("report", detail), "Melding " + DutchTime.date(detail.receivedOn()), locale);
    }

    private Optional<UUID> ready(UUID report, UUID person) {
        return jdbc.sql(
                        "SELECT id FROM meldpunt_export WHERE report_id = ? AND requested_by = ? AND downloaded_on IS NULL"
                                + " ORDER BY approved_on LIMIT 1")
                .params(report, person)
                .query(UUID.class)
                .optional();
    }
}
