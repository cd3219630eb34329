package nl.weerbaar.incidents.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
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
     * What to find; any filter may be null. {@code text} is words of the description, or a perpetrator's name or
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

    /** One incident in the list; {@code handles} false for a case the viewer only sees as overview. */
    public record Hit(
            UUID id,
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
    private final AuditLog audit;
    private final Clock clock;

    IncidentSearch(CaseListing listing, IncidentQueries queries, AuditLog audit, Clock clock) {
        this.listing = listing;
        this.queries = queries;
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
        String perpetratorKey = criteria.text() == null ? null : Hashing.perpetratorKey(tenant, criteria.text());
        List<Hit> hits = listing.find(tenant, viewer, criteria, perpetratorKey, clock.instant());
        boolean hasNext = hits.size() > criteria.pageSize();
        audit.read("incident", null, purpose);
        return new Page(
                hasNext ? hits.subList(0, criteria.pageSize()) : hits,
                criteria.page(),
                criteria.pageSize(),
                hasNext && criteria.page() < MAX_PAGE);
    }
}
