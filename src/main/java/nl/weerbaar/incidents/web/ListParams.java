package nl.weerbaar.incidents.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.incidents.core.Codes;
import nl.weerbaar.incidents.core.IncidentSearch;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.FieldErrors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search and filters of the incident list as they come in a query string, for the page and the API alike:
 * {@code q}, {@code department}, {@code kind}, {@code from}, {@code to} (inclusive), {@code status} (OPEN or CLOSED),
 * {@code overdue}, {@code sort}, {@code page}, {@code pageSize}, and {@code work} (the start page's links: overdue,
 * unowned, evidence). Every value that cannot be read is a field error and
 * left out of the criteria.
 */
record ListParams(
        String q,
        String department,
        String kind,
        String from,
        String to,
        String status,
        String overdue,
        String sort,
        String page,
        String pageSize,
        String work) {

    static final List<String> STATUSES = List.of("OPEN", "CLOSED");

    static final List<String> SORTS = Arrays.stream(IncidentSearch.Sort.values())
            .map(IncidentSearch.Sort::code)
            .toList();

    /**
     * The criteria; a value that cannot be read is a field error. With {@code strictPages} false (the page) a page
     * number or size out of range is taken as the nearest allowed one instead (there is no field to correct).
     */
    IncidentSearch.Criteria criteria(FieldErrors errors, boolean strictPages) {
        String text = errors.text("q", q, false, IncidentSearch.MAX_QUERY);
        UUID departmentId = null;
        if (department != null && !department.isBlank()) {
            try {
                departmentId = UUID.fromString(department.strip());
            } catch (IllegalArgumentException e) {
                errors.reject("department", "error.choice");
            }
        }
        String k = errors.oneOf("kind", blankToNull(kind), Codes.KINDS, false);
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        String s = errors.oneOf("status", blankToNull(status), STATUSES, false);
        String order = errors.oneOf(
                "sort", blankToNull(sort) == null ? null : sort.strip().toLowerCase(Locale.ROOT), SORTS, false);
        int p = whole("page", page, 1, IncidentSearch.MAX_PAGE, 1, strictPages ? errors : null);
        int size = whole(
                "pageSize",
                pageSize,
                1,
                IncidentSearch.MAX_PAGE_SIZE,
                IncidentSearch.PAGE_SIZE,
                strictPages ? errors : null);
        boolean late = overdue != null && (overdue.equals("true") || overdue.equals("on"));
        return new IncidentSearch.Criteria(
                text,
                departmentId,
                k,
                fromDate,
                toDate,
                s,
                late,
                order == null
                        ? IncidentSearch.Sort.NEWEST
                        : IncidentSearch.Sort.valueOf(order.toUpperCase(Locale.ROOT)),
                p,
                size,
                blankToNull(work));
    }

    /** The list page with these criteria on another page; only the filters that are set. */
    static String href(String path, IncidentSearch.Criteria c, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (c.text() != null) {
            b.queryParam("q", c.text());
        }
        if (c.department() != null) {
            b.queryParam("department", c.department());
        }
        if (c.kind() != null) {
            b.queryParam("kind", c.kind());
        }
        if (c.from() != null) {
            b.queryParam("from", c.from());
        }
        if (c.to() != null) {
            b.queryParam("to", c.to());
        }
        if (c.status() != null) {
            b.queryParam("status", c.status());
        }
        if (c.overdue()) {
            b.queryParam("overdue", "true");
        }
        if (c.work() != null) {
            b.queryParam("work", c.work());
        }
        if (c.sort() != IncidentSearch.Sort.NEWEST) {
            b.queryParam("sort", c.sort().code());
        }
        if (c.pageSize() != IncidentSearch.PAGE_SIZE) {
            b.queryParam("pageSize", c.pageSize());
        }
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    /** A whole number: blank is {@code otherwise}; refused into {@code errors}, or without errors the nearest one. */
    private static int whole(String field, String value, int min, int max, int otherwise, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        if (errors != null) {
            return errors.number(field, value, min, max);
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static LocalDate date(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DateInput.parse(value).orElseGet(() -> {
            errors.reject(field, "incidents.error.date");
            return null;
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
