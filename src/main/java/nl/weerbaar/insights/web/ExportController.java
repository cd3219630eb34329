package nl.weerbaar.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import nl.weerbaar.insights.export.Writers;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * CSV and XLSX exports of the dashboard's aggregates, with the same scope and small-number rule as the page.
 * Every export is recorded in the audit log.
 */
@Controller("insightsExportController")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY', 'MANAGER')")
class ExportController {

    private final Dashboards dashboards;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    ExportController(Dashboards dashboards, MessageSource messages, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.dashboards = dashboards;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/insights/export.csv")
    void csv(
            @RequestParam(defaultValue = "dimension") String table,
            @RequestParam(required = false) String granularity,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String kind,
            HttpServletResponse response)
            throws IOException {
        if (!Tables.NAMES.contains(table)) {
            throw new NotFoundException("export", table);
        }
        DashboardView view = view(granularity, at, by, department, kind);
        audit.record(AuditLog.Action.EXPORT, "insights-aggregate", view.scope().department(), "csv " + table);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"weerbaar-" + table + "-" + view.period().label("Q") + ".csv\"");
        Writers.csv(
                new Tables(view, messages, LocaleContextHolder.getLocale()).table(table), response.getOutputStream());
    }

    @GetMapping("/insights/export.xlsx")
    void xlsx(
            @RequestParam(required = false) String granularity,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String kind,
            HttpServletResponse response)
            throws IOException {
        DashboardView view = view(granularity, at, by, department, kind);
        audit.record(AuditLog.Action.EXPORT, "insights-aggregate", view.scope().department(), "xlsx");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"weerbaar-analyses-" + view.period().label("Q") + ".xlsx\"");
        Writers.xlsx(new Tables(view, messages, LocaleContextHolder.getLocale()).all(), response.getOutputStream());
    }

    private DashboardView view(String granularity, String at, String by, String department, String kind) {
        Filter filter = new Filter(granularity, at, by, department, kind, DutchTime.today(clock));
        return dashboards.build(Viewer.of(CurrentUser.require()), filter);
    }
}
