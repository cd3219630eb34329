package nl.weerbaar.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.export.Cells;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The raw export for the coordinator only: one line per incident of the period (dimensions and follow-up
 * times, no names, no free text but the work process; confidential incidents without their dimensions),
 * recorded in the audit log and safe against spreadsheet formulas.
 */
@Controller("insightsRawExportController")
@PreAuthorize("hasRole('COORDINATOR')")
class RawExportController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DutchTime.ZONE);

    private final Dashboards dashboards;
    private final MessageSource messages;
    private final Clock clock;

    RawExportController(Dashboards dashboards, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/insights/export/raw.csv")
    public void raw(
            @RequestParam(required = false) String granularity,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String kind,
            HttpServletResponse response)
            throws IOException {
        Filter filter = new Filter(granularity, at, null, department, kind, DutchTime.today(clock));
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(
                writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        dashboards.rawExport(Viewer.of(CurrentUser.require()), filter, view -> start(view, response, writer, csv));
        csv.flush();
    }

    /** Sets the download's headers and writes the head line; returns where each fact goes. */
    private java.util.function.Consumer<Insights.Fact> start(
            DashboardView view, HttpServletResponse response, Writer writer, CSVPrinter csv) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"weerbaar-incidenten-" + view.period().label("Q") + ".csv\"");
        writer.write('\uFEFF');
        List<String> headers = new ArrayList<>();
        for (String h : List.of(
                "incident",
                "date",
                "registered",
                "department",
                "position",
                "process",
                "location",
                "relation",
                "severity",
                "confidential",
                "kinds",
                "aftercare",
                "response",
                "feedback",
                "closed")) {
            headers.add(messages.getMessage("insights.raw." + h, null, h, LocaleContextHolder.getLocale()));
        }
        csv.printRecord(headers);
        Labels labels = view.labels();
        return f -> {
            try {
                csv.printRecord(
                        f.incidentId(),
                        f.occurredOn(),
                        time(f.registeredAt()),
                        Cells.safe(name(labels, f)),
                        Cells.safe(
                                f.position() == null
                                        ? ""
                                        : labels.of(
                                                nl.weerbaar.insights.dashboard.Dimension.POSITION,
                                                f.position().toString())),
                        Cells.safe(f.workProcess()),
                        Cells.safe(f.locationType()),
                        Cells.safe(f.relation()),
                        Cells.safe(f.severity()),
                        f.confidential(),
                        Cells.safe(f.kinds()),
                        time(f.aftercareAt()),
                        time(f.responseAt()),
                        time(f.feedbackAt()),
                        time(f.closedAt()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static String name(Labels labels, Insights.Fact f) {
        return f.department() == null ? "" : labels.department(f.department());
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }
}
