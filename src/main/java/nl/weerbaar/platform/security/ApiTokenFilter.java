package nl.weerbaar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <API key>} on {@code /api/**}: the request acts for the key's user, for this
 * request only (nothing is stored in a session, no CSRF token is needed). A key that is unknown, revoked or
 * expired, or of scope REPORT on anything but {@code POST /api/v1/reports}, is answered 401 at once. Runs before the
 * CSRF check: only a request it authenticated goes without a token ({@link #authenticatedByKey}); any other
 * {@code Authorization} header changes nothing.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String AUTHENTICATED = ApiTokenFilter.class.getName() + ".authenticated";

    /** Whether this request was authenticated by a valid API key (and may therefore go without a CSRF token). */
    static boolean authenticatedByKey(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(AUTHENTICATED));
    }

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ApiTokenFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !SecurityConfig.API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret =
                request.getHeader("Authorization").substring(BEARER.length()).strip();
        Optional<ApiTokenPrincipal> principal = tokens.authenticate(secret).filter(p -> allowed(p, request));
        if (principal.isEmpty()) {
            contexts.clearContext();
            problems.unauthorized(request, response, null);
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, LocalUser.authorities(principal.get().identity()));
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        request.setAttribute(AUTHENTICATED, Boolean.TRUE);
        chain.doFilter(request, response);
    }

    private static boolean allowed(ApiTokenPrincipal p, HttpServletRequest request) {
        return p.scope() == ApiTokens.Scope.API
                || ("POST".equals(request.getMethod())
                        && (request.getContextPath() + "/api/v1/reports").equals(request.getRequestURI()));
    }
}
