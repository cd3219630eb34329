package nl.weerbaar.platform.admin;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the administration API, in the shape of the platform's validation problems:
 * {@code errors} lists {@code field} and a {@code message} in the caller's language.
 */
@RestControllerAdvice(assignableTypes = {DepartmentApi.class, UserApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminApiProblems {

    private final MessageSource messages;

    AdminApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        List<Map<String, String>> errors = e.errors().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList();
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(InUseException.class)
    ProblemDetail inUse(InUseException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "admin.problem.in-use");
        p.setDetail(messages.getMessage(e.messageKey(), new Object[] {e.count()}, LocaleContextHolder.getLocale()));
        return p;
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        p.setType(URI.create("about:blank"));
        return p;
    }
}
