package nl.weerbaar.insights.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.FieldErrors;

/**
 * The dashboard's filters as typed in (strings, so that bad input gets a message instead of an error page),
 * and their parsed values with defaults. {@link #errors()} maps a field name to a message key.
 */
public final class Filter {

    public static final List<String> KINDS = List.of(
            "VERBAL_AGGRESSION",
            "INTIMIDATION",
            "THREAT_ESCALATION",
            "THREAT_VIOLENCE",
            "THREAT_FAMILY",
            "STALKING",
            "ONLINE_THREAT",
            "PROPERTY_DAMAGE",
            "PHYSICAL_VIOLENCE",
            "DISCRIMINATION",
            "BRIBERY",
            "OTHER");

    public final String granularityText;
    public final String atText;
    public final String byText;
    public final String departmentText;
    public final String kindText;
    public final Period.Granularity granularity;
    public final LocalDate at;
    public final Dimension by;
    public final UUID department;
    public final String kind;
    private final FieldErrors errors = new FieldErrors();

    public Filter(String granularity, String at, String by, String department, String kind, LocalDate today) {
        this.granularityText = granularity;
        this.atText = at;
        this.byText = by;
        this.departmentText = department;
        this.kindText = kind;
        this.granularity = parseGranularity(granularity);
        this.at = parseDate(at, today);
        this.by = Dimension.parse(by, Dimension.DEPARTMENT);
        this.department = parseUuid(department);
        this.kind = parseKind(kind);
    }

    public Period period() {
        return Period.containing(granularity, at);
    }

    /** The filters as a query string (without leading '?') for export links, with the department actually shown. */
    public String query(UUID department) {
        org.springframework.web.util.UriComponentsBuilder b =
                org.springframework.web.util.UriComponentsBuilder.newInstance()
                        .queryParam("granularity", granularity)
                        .queryParam("at", at)
                        .queryParam("by", by);
        if (department != null) {
            b.queryParam("department", department);
        }
        if (kind != null) {
            b.queryParam("kind", kind);
        }
        return b.build().getQuery();
    }

    public FieldErrors errors() {
        return errors;
    }

    private Period.Granularity parseGranularity(String text) {
        if (blank(text)) {
            return Period.Granularity.QUARTER;
        }
        try {
            return Period.Granularity.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.reject("granularity", "insights.filter.granularity.invalid");
            return Period.Granularity.QUARTER;
        }
    }

    private LocalDate parseDate(String text, LocalDate today) {
        if (blank(text)) {
            return today;
        }
        LocalDate date = DateInput.parse(text).orElse(null);
        if (date == null) {
            errors.reject("at", "insights.filter.at.invalid");
            return today;
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            errors.reject("at", "insights.filter.at.range");
            return today;
        }
        return date;
    }

    private UUID parseUuid(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            errors.reject("department", "insights.filter.department.invalid");
            return null;
        }
    }

    private String parseKind(String text) {
        if (blank(text)) {
            return null;
        }
        if (!KINDS.contains(text.trim())) {
            errors.reject("kind", "insights.filter.kind.invalid");
            return null;
        }
        return text.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
