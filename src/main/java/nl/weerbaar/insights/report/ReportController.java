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

/** The report as PDF on demand, of a quarter ({@code ?period=2026-Q3}) or a year ({@code ?period=2026}); default the last complete quarter. */
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

    /**
     * {@code period} is a quarter ({@code 2026-Q3}) or a year ({@code 2026}); {@code quarter} and {@code year} are
     * read as well (the mailed links use {@code quarter}). Without any: the last complete quarter.
     */
    @GetMapping({"/insights/report.pdf", "/insights/report"})
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String year) {
        String asked = firstGiven(period, quarter, year);
        Period q = asked == null ? Quarter.lastComplete(DutchTime.today(clock)) : Quarter.parsePeriod(asked);
        if (q == null
                || (quarter != null && !quarter.isBlank() && q.granularity() != Period.Granularity.QUARTER)
                || (year != null && !year.isBlank() && q.granularity() != Period.Granularity.YEAR)) {
            throw new NotFoundException("report period", asked);
        }
        byte[] pdf = report.pdf(q, LocaleContextHolder.getLocale());
        audit.record(
                AuditLog.Action.EXPORT,
                "insights-report",
                Quarter.code(q),
                q.granularity() == Period.Granularity.YEAR ? "annual report" : "quarterly report");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename((q.granularity() == Period.Granularity.YEAR
                                                ? "weerbaar-jaarrapport-"
                                                : "weerbaar-kwartaalrapport-")
                                        + Quarter.code(q) + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private static String firstGiven(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
