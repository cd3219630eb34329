package nl.weerbaar.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.ConflictException;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * The one place where the REST API turns exceptions into RFC 9457 problem details, with titles and messages in the
 * caller's language. Refused input ({@link InvalidInputException}, Bean Validation, unreadable JSON) answers 400 with
 * {@code errors}: a list of {@code field} and {@code message}; a {@link NotAllowedException} answers 403 with the same
 * list; a {@link ConflictException} answers 409; unexpected errors reveal nothing internal. Every problem has a
 * {@code detail} (NL API Design Rules, ADR 0016).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "problem.not-found");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.bad-request");
        if (e.getMessage() != null) {
            p.setDetail(e.getMessage());
        }
        return p;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.errors());
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e) {
        ProblemDetail p = invalid(e.errors());
        p.setStatus(HttpStatus.FORBIDDEN);
        p.setTitle(messages.getMessage("problem.forbidden", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, e.titleKey());
        if (e.detailKey() != null) {
            p.setDetail(messages.getMessage(e.detailKey(), e.args(), LocaleContextHolder.getLocale()));
        }
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList();
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    /**
     * JSON that names a field but cannot be read into it (a NUL byte in a text, {@code null} inside a list, a word
     * where a number belongs) is a field error like any other; JSON that cannot be read at all is a bad request.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JacksonException j) {
            String field = j.getPath().stream()
                    .map(JacksonException.Reference::getPropertyName)
                    .filter(name -> name != null)
                    .findFirst()
                    .orElse(null);
            if (field != null) {
                String key = j instanceof InvalidNullException
                        ? "error.null"
                        : UnreadableInput.isUnreadable(j) ? FieldErrors.INVALID_CHARACTERS : "error.invalid";
                return ResponseEntity.badRequest().body(invalid(FieldErrors.of(field, key)));
            }
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.bad-request"));
    }

    private ProblemDetail invalid(FieldErrors errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        p.setProperty(
                "errors",
                errors.all().stream()
                        .map(e -> Map.of(
                                "field", e.field(), "message", messages.getMessage(e.key(), e.arguments(), locale)))
                        .toList());
        return p;
    }

    /** A problem with the title {@code key} and the detail {@code key.detail}, else the one for its status. */
    private ProblemDetail problem(HttpStatus status, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(messages.getMessage(key, null, locale));
        p.setDetail(messages.getMessage(key + ".detail", null, ErrorPages.detail(status, messages, null), locale));
        p.setType(URI.create("about:blank"));
        return p;
    }
}
