package nl.weerbaar.meldpunt.internal;

import java.util.Arrays;
import java.util.List;
import nl.weerbaar.platform.FieldErrors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the recipients' list as they come in the query string: {@code state}, {@code kind}, {@code overdue},
 * {@code waiting}, {@code page} and {@code pageSize}. A state or kind that cannot be read is a field error and left
 * out; a page number or size out of range is taken as the nearest allowed one (there is no field to correct).
 */
record InboxParams(String state, String kind, String overdue, String waiting, String page, String pageSize) {

    static final List<String> STATES =
            Arrays.stream(InboxCriteria.State.values()).map(Enum::name).toList();
    static final List<String> KINDS =
            Arrays.stream(Kind.values()).map(Enum::name).toList();

    InboxCriteria criteria(FieldErrors errors) {
        String s = errors.oneOf("state", blankToNull(state), STATES, false);
        String k = errors.oneOf("kind", blankToNull(kind), KINDS, false);
        return new InboxCriteria(
                s == null ? null : InboxCriteria.State.valueOf(s),
                k == null ? null : Kind.valueOf(k),
                on(overdue),
                on(waiting),
                whole(page, 1),
                whole(pageSize, InboxCriteria.PAGE_SIZE));
    }

    /** The list with these criteria on another page; only the filters that are set. */
    static String href(InboxCriteria c, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/meldpunt");
        if (c.state() != null) {
            b.queryParam("state", c.state().name());
        }
        if (c.kind() != null) {
            b.queryParam("kind", c.kind().name());
        }
        if (c.overdue()) {
            b.queryParam("overdue", "true");
        }
        if (c.waiting()) {
            b.queryParam("waiting", "true");
        }
        if (c.pageSize() != InboxCriteria.PAGE_SIZE) {
            b.queryParam("pageSize", c.pageSize());
        }
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    private static boolean on(String value) {
        return value != null && (value.equals("true") || value.equals("on"));
    }

    private static int whole(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
