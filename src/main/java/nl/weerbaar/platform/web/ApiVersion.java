package nl.weerbaar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The version of the REST API by the NL API Design Rules (ADR 0016): semantic versioning, the major version in the
 * base path and the full version in the {@code API-Version} header of every response under {@code /api/}, errors
 * included (the filter runs before Spring Security and again when an error is forwarded to the error page).
 * Raise {@link #VERSION} with every change of the API and note it in {@code docs/api-changelog.md}: the minor version
 * for an addition, the patch version for a fix; a change that breaks clients needs a new major version and base path.
 */
final class ApiVersion extends HttpFilter {

    /** The full version of the API, {@code major.minor.patch}. */
    static final String VERSION = "1.4.0";

    /** The response header that carries {@link #VERSION}. */
    static final String HEADER = "API-Version";

    /** Where the API lives: the major version of {@link #VERSION} after {@code /api/v}. */
    static final String BASE_PATH = "/api/v1";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            response.setHeader(HEADER, VERSION);
        }
        chain.doFilter(request, response);
    }
}
