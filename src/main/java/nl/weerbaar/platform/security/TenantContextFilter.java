package nl.weerbaar.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the logged-in user's municipality in {@link TenantContext} for the request, and ends sessions
 * older than the absolute maximum (idle expiry is the session store's job).
 */
class TenantContextFilter extends OncePerRequestFilter {

    private final long absoluteMillis;

    TenantContextFilter(long absoluteHours) {
        this.absoluteMillis = Duration.ofHours(absoluteHours).toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > absoluteMillis) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        try {
            TenantContext.set(CurrentUser.get().map(UserIdentity::tenantId).orElse(null));
            chain.doFilter(request, response);
        } finally {
            TenantContext.set(null);
        }
    }
}
