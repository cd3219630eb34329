package nl.weerbaar.meldpunt.internal;

/**
 * What a recipient asks of the list of reports: a state, a kind, only overdue ones, only those waiting for the
 * recipients, and a page. Null {@code state} and {@code kind} mean all. Pages are at least 1 and at most
 * {@link #MAX_PAGE}; a page size between 1 and {@link #MAX_PAGE_SIZE}.
 */
record InboxCriteria(State state, Kind kind, boolean overdue, boolean waiting, int page, int pageSize) {

    static final int PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_PAGE = 1000;

    /** Where a report stands against its deadlines; the label is {@code meldpunt.state.<name in lower case>}. */
    enum State {
        /** Receipt not yet acknowledged. */
        NEW,
        /** Acknowledged, the reporter not yet informed. */
        ACKNOWLEDGED,
        /** The reporter was informed about the assessment and follow-up. */
        INFORMED
    }

    InboxCriteria {
        page = Math.max(1, Math.min(page, MAX_PAGE));
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    }

    /** Every report, first page. */
    static InboxCriteria all() {
        return new InboxCriteria(null, null, false, false, 1, PAGE_SIZE);
    }

    int offset() {
        return (page - 1) * pageSize;
    }
}
