package nl.weerbaar.insights.report;

import java.time.Clock;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The quarterly report as PDF on demand ({@code ?quarter=2026-Q3}; default the last complete quarter). */
@Controller("insightsReportController")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY')")
class ReportController {

    private final QuarterlyReport report;
    private final AuditLog audit;
    private final Clock clock;

    ReportController(QuarterlyReport report, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.report = report;
        this.audit = audit;
    }

    @GetMapping({"/insights/report.pdf", "/insights/report"})
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String quarter) {
        Period q = quarter == null || quarter.isBlank()
                ? Quarter.lastComplete(DutchTime.today(clock))
                : Quarter.parse(quarter);
        if (q == null) {
            throw new NotFoundException("quarter", quarter);
        }
        byte[] pdf = report.pdf(q, LocaleContextHolder.getLocale());
        audit.record(AuditLog.Action.EXPORT, "insights-report", Quarter.code(q), "quarterly report");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("weerbaar-kwartaalrapport-" + Quarter.code(q) + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
