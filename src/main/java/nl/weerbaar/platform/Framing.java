package nl.weerbaar.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Framing of pages by other sites. The platform forbids it everywhere ({@code frame-ancestors 'none'} and
 * {@code X-Frame-Options: DENY}); a controller that serves a page meant to be embedded (the awareness hub's intranet
 * page, ADR 0801) calls {@link #allowFrom} for the request, and the security headers then name exactly those origins
 * in {@code frame-ancestors} and leave out {@code X-Frame-Options}. Nothing else of the policy changes.
 */
public final class Framing {

    static final String ATTRIBUTE = Framing.class.getName() + ".origins";

    private Framing() {}

    /**
     * Allows the page of this request to be framed by {@code origins} (each as {@link #origin} gives it). An empty
     * list keeps framing forbidden.
     */
    public static void allowFrom(HttpServletRequest request, List<String> origins) {
        List<String> checked = origins.stream()
                .map(o -> origin(o).orElseThrow(() -> new IllegalArgumentException("Not an origin: " + o)))
                .toList();
        if (!checked.isEmpty()) {
            request.setAttribute(ATTRIBUTE, checked);
        }
    }

    /** The origins allowed to frame this request's page; empty when framing is forbidden. */
    @SuppressWarnings("unchecked")
    public static List<String> allowedFor(HttpServletRequest request) {
        Object o = request.getAttribute(ATTRIBUTE);
        return o instanceof List<?> l ? (List<String>) l : List.of();
    }

    /**
     * {@code text} as an origin for {@code frame-ancestors}: {@code https://host} or {@code https://host:port} in lower
     * case ({@code http} only for {@code localhost}), with no path, query, user or wildcard. Empty when it is not one.
     */
    public static Optional<String> origin(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            URI u = new URI(t);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            boolean local = host.equals("localhost");
            if (!(scheme.equals("https") || (scheme.equals("http") && local))
                    || host.isEmpty()
                    || !host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")
                    || u.getRawUserInfo() != null
                    || !(u.getRawPath() == null || u.getRawPath().isEmpty())
                    || u.getRawQuery() != null
                    || u.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(scheme + "://" + host + (u.getPort() == -1 ? "" : ":" + u.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
