package nl.weerbaar.incidents.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding cases: the incident list with its search box, filters, order and pages, for the list page and the API.
 * Only what the viewer may see is found (ADR 0101); the words of the description and the perpetrator match only in
 * cases the viewer handles, never in the secretary's overview (ADR 0105). Every search is audited as a read of the
 * list, without the words searched for.
 */
@Service
public class IncidentSearch {

    /** Rows per page unless asked otherwise, and the most a page may have. */
    public static final int PAGE_SIZE = 25;

    public static final int MAX_PAGE_SIZE = 100;

    /** The last page that can be asked for: beyond it, narrow the search (offset paging stays cheap up to here). */
    public static final int MAX_PAGE = 200;

    /** Longest search text taken. */
    public static final int MAX_QUERY = 200;

    /** The orders of the list. */
    public enum Sort {
        /** Newest report first (the default). */
        NEWEST,
        /** Oldest report first. */
        OLDEST,
        /** Latest occurrence first. */
        OCCURRED,
        /** Most severe first, then newest. */
        SEVERITY;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What to find; any filter may be null. {@code text} is a case number (whole, or its beginning with at least the
     * year: {@code VBS-2026-004}, {@code 2026-42}), or else words of the description, or a perpetrator's name or
     * address as written on a report. {@code to} is inclusive. {@code status} OPEN or CLOSED. {@code work} narrows to
     * the open cases the viewer handles that wait for something, on the start page's conditions ({@link WorkCounts}:
     * {@code overdue}, {@code unowned}, {@code evidence}), so that a count there and this list agree.
     */
    public record Criteria(
            String text,
            UUID department,
            String kind,
            LocalDate from,
            LocalDate to,
            String status,
            boolean overdue,
            Sort sort,
            int page,
            int pageSize,
            String work) {

        public Criteria {
            work = WorkCounts.condition(work) == null ? null : work;
            text = text == null || text.isBlank() ? null : text.strip();
            if (text != null && text.length() > MAX_QUERY) {
                text = text.substring(0, MAX_QUERY);
            }
            sort = sort == null ? Sort.NEWEST : sort;
            page = Math.max(1, Math.min(page, MAX_PAGE));
            pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        }

        public Criteria(
                String text,
                UUID department,
                String kind,
                LocalDate from,
                LocalDate to,
                String status,
                boolean overdue,
                Sort sort,
                int page,
                int pageSize) {
            this(text, department, kind, from, to, status, overdue, sort, page, pageSize, null);
        }

        /** The first page of the list without any filter. */
        public static Criteria all() {
            return new Criteria(null, null, null, null, null, null, false, Sort.NEWEST, 1, PAGE_SIZE);
        }

        public Criteria withPage(int other) {
            return new Criteria(text, department, kind, from, to, status, overdue, sort, other, pageSize, work);
        }
    }

    /**
     * A search text read as a case number: {@code year} and {@code sequence} for the number itself (sequence null
     * when only a beginning was typed), {@code from} and {@code to} the range of numbers that start with it
     * (byte-wise, {@code to} excluded); {@code foreign} when it names another municipality's code (finds nothing).
     */
    record NumberQuery(int year, Integer sequence, String from, String to, boolean foreign) {

        /** What people type: the code may be left out or written in lower case, the sequence without its zeros. */
        private static final java.util.regex.Pattern TYPED =
                java.util.regex.Pattern.compile("(?:([A-Z]{2,5})-)?(\\d{4})(?:-(\\d{0,9}))?");

        /** The number in {@code text}, or null when it is no (beginning of a) case number of municipality {@code code}. */
        static NumberQuery of(String text, String code) {
            String typed = text.strip().toUpperCase(java.util.Locale.ROOT);
            java.util.regex.Matcher m = TYPED.matcher(typed);
            // a year alone is a word; a number starts with the code or has the hyphen after the year
            if (!m.matches() || (m.group(1) == null && m.group(3) == null)) {
                return null;
            }
            boolean foreign = m.group(1) != null && !m.group(1).equals(code);
            String digits = m.group(3);
            Integer sequence = digits == null || digits.isEmpty() ? null : Integer.valueOf(digits);
            String prefix = (code == null ? "" : code + "-") + m.group(2) + (digits == null ? "" : "-" + digits);
            String to = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
            return new NumberQuery(Integer.parseInt(m.group(2)), sequence, prefix, to, foreign);
        }
    }

    /** One incident in the list; {@code handles} false for a case the viewer only sees as overview. */
    public record Hit(
            UUID id,
            String caseNumber,
            Instant registeredAt,
            Instant occurredAt,
            List<String> kinds,
            UUID departmentId,
            String departmentName,
            String severity,
            String status,
            boolean confidential,
            int overdueSteps,
            boolean handles) {}

    /** A page of hits; {@code hasNext} whether another page follows (the list is not counted: it may be long). */
    public record Page(List<Hit> hits, int page, int pageSize, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 1;
        }

        /** Position of the first hit on this page, counting from 1. */
        public int first() {
            return (page - 1) * pageSize + 1;
        }

        public int last() {
            return first() + hits.size() - 1;
        }
    }

    /**
     * One case as a handler or (secretary) as overview reads it, with its steps; {@code handles} false for the
     * overview, which leaves out what the overview does not show.
     */
    public record Found(IncidentQueries.Detail detail, List<IncidentQueries.Step> steps, boolean handles) {}

    private final CaseListing listing;
    private final IncidentQueries queries;
    private final CaseNumbers numbers;
    private final Municipalities municipalities;
    private final AuditLog audit;
    private final Clock clock;

    IncidentSearch(
            CaseListing listing,
            IncidentQueries queries,
            CaseNumbers numbers,
            Municipalities municipalities,
            AuditLog audit,
            Clock clock) {
        this.listing = listing;
        this.queries = queries;
        this.numbers = numbers;
        this.municipalities = municipalities;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The case {@code id} with its steps, for a viewer who handles it or sees it as overview; audited as a read with
     * {@code purpose} (the overview as {@code purpose-overview}). Anyone else, the reporter included (who reads their
     * own report under "Mijn meldingen"), gets {@link nl.weerbaar.platform.NotFoundException}.
     */
    @Transactional
    public Found read(UUID id, Viewer viewer, String purpose) {
        return readVisible(id, viewer, purpose);
    }

    /** As {@link #read}, for the case with this number as people type it ({@code VBS-2026-0042}, {@code 2026-42}). */
    @Transactional
    public Found readByNumber(String number, Viewer viewer, String purpose) {
        UUID id =
                numbers.find(number).orElseThrow(() -> new nl.weerbaar.platform.NotFoundException("incident", number));
        return readVisible(id, viewer, purpose);
    }

    /**
     * Cases to offer when stacking: the newest open cases the viewer handles, other than {@code except}; audited as a
     * read of the list.
     */
    @Transactional
    public List<Hit> stackSuggestions(Viewer viewer, UUID except) {
        IncidentSearch.Criteria open = new Criteria(null, null, null, null, null, "OPEN", false, Sort.NEWEST, 1, 30);
        return find(viewer, open, "stack-suggestions").hits().stream()
                .filter(h -> h.handles() && !h.id().equals(except) && h.caseNumber() != null)
                .toList();
    }

    private String caseCode(UUID tenant) {
        return municipalities
                .byId(tenant)
                .map(Municipalities.Municipality::caseCode)
                .orElse(null);
    }

    private Found readVisible(UUID id, Viewer viewer, String purpose) {
        IncidentQueries.Access access = queries.access(id, viewer)
                .filter(a -> a != IncidentQueries.Access.REPORTER)
                .orElseThrow(() -> new nl.weerbaar.platform.NotFoundException("incident", id));
        boolean handles = access == IncidentQueries.Access.HANDLER;
        IncidentQueries.Detail detail = queries.detail(id, viewer, handles ? purpose : purpose + "-overview");
        return new Found(detail, queries.steps(id), handles);
    }

    /** The page of incidents the viewer may see that match; audited as a read of the list ({@code purpose}). */
    @Transactional
    public Page find(Viewer viewer, Criteria criteria, String purpose) {
        UUID tenant = TenantContext.require();
        NumberQuery number = criteria.text() == null ? null : NumberQuery.of(criteria.text(), caseCode(tenant));
        String perpetratorKey =
                criteria.text() == null || number != null ? null : Hashing.perpetratorKey(tenant, criteria.text());
        List<Hit> hits = number != null && number.foreign()
                ? List.of()
                : listing.find(tenant, viewer, criteria, number, perpetratorKey, clock.instant());
        boolean hasNext = hits.size() > criteria.pageSize();
        audit.read("incident", null, purpose);
        return new Page(
                hasNext ? hits.subList(0, criteria.pageSize()) : hits,
                criteria.page(),
                criteria.pageSize(),
                hasNext && criteria.page() < MAX_PAGE);
    }
}
