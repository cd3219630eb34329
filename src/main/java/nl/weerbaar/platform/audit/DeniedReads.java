package nl.weerbaar.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CaseRead;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where a refused read of case data is audited: a {@link CaseRead} handler that ends in
 * {@link NotFoundException} or an access denial leaves a DENIED read of that object, written after the refused work's
 * transaction has rolled back. It resolves nothing itself: the usual handling (error page, problem+json, the login
 * redirect) follows.
 */
@Component
class DeniedReads implements HandlerExceptionResolver, Ordered {

    private final AuditLog audit;

    DeniedReads(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method)
                || !(ex instanceof NotFoundException || ex instanceof AccessDeniedException)
                || CurrentUser.get().isEmpty()) {
            return null;
        }
        CaseRead read = method.getMethodAnnotation(CaseRead.class);
        if (read != null) {
            audit.record(
                    AuditLog.Action.READ,
                    read.value(),
                    pathVariable(request, read.idVariable()),
                    AuditLog.Result.DENIED,
                    ex instanceof NotFoundException
                            ? "refused: not visible to this user"
                            : "refused: role has no access");
        }
        return null;
    }

    private static String pathVariable(HttpServletRequest request, String name) {
        return request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                        && variables.get(name) instanceof String value
                ? value
                : null;
    }
}
