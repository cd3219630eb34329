package nl.weerbaar.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.UploadLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person or an API client gets when a request fails outside a controller's own handling: an unexpected
 * error, an address that does not exist, a request refused before it reached a controller. A browser gets the
 * product's page in the layout and the user's language ({@code error/<status>}, else {@code error/4xx} or
 * {@code error/5xx}); anything else gets RFC 9457 problem+json. An unexpected error shows a short reference that is
 * also in the log, so the administrator can find what happened; nothing internal is shown.
 */
@Controller
class ErrorPages extends AbstractErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MessageSource messages;
    private final UploadLimits limits;

    ErrorPages(
            ErrorAttributes errorAttributes,
            List<ErrorViewResolver> resolvers,
            MessageSource messages,
            UploadLimits limits) {
        super(errorAttributes, resolvers);
        this.messages = messages;
        this.limits = limits;
    }

    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = getStatus(request);
        Map<String, Object> model = new HashMap<>();
        model.put("status", status.value());
        String reference = reference(request, status);
        if (reference != null) {
            model.put("reference", reference);
        }
        limits.describe(model);
        response.setStatus(status.value());
        ModelAndView view = resolveErrorView(request, response, status, model);
        return view != null ? view : new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx", model);
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        ProblemDetail problem = problem(status, messages);
        problem.setDetail(detail(status, messages, limits.inMegabytes()));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String p && !p.isBlank()) {
            problem.setInstance(URI.create(p.replaceAll("[^A-Za-z0-9/._~-]", "")));
        }
        String reference = reference(request, status);
        if (reference != null) {
            problem.setProperty("reference", reference);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * Where a browser lands when a form was refused for its size before anything read it ({@link UploadLimitFilter}):
     * what the limits are and how to get back to what was typed.
     */
    @GetMapping("/error/too-large")
    ModelAndView tooLarge(HttpServletResponse response) {
        Map<String, Object> model = new HashMap<>();
        model.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        limits.describe(model);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        return new ModelAndView("error/413", model);
    }

    /** A problem with the title for {@code status} in the caller's language. */
    static ProblemDetail problem(HttpStatus status, MessageSource messages) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String fallback = messages.getMessage(
                status.is4xxClientError() ? "problem.bad-request" : "problem.error",
                null,
                LocaleContextHolder.getLocale());
        problem.setTitle(
                messages.getMessage("problem." + status.value(), null, fallback, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /**
     * The explanation for {@code status} in the caller's language ({@code problem.<status>.detail}, else the general one
     * for client or server errors): the NL API Design Rules ask for a detail in every problem.
     */
    static String detail(HttpStatus status, MessageSource messages, Object[] arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        String fallback = messages.getMessage(
                status.is4xxClientError() ? "problem.detail.4xx" : "problem.detail.5xx", null, locale);
        return messages.getMessage("problem." + status.value() + ".detail", arguments, fallback, locale);
    }

    /** For an unexpected error: a reference to quote, logged with the request and the cause. */
    private static String reference(HttpServletRequest request, HttpStatus status) {
        if (!status.is5xxServerError()) {
            return null;
        }
        Object existing = request.getAttribute(ErrorPages.class.getName() + ".reference");
        if (existing instanceof String r) {
            return r;
        }
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().withUpperCase().formatHex(bytes);
        request.setAttribute(ErrorPages.class.getName() + ".reference", reference);
        Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        log.error(
                "Unexpected error, reference {}: {} {} ({})",
                reference,
                request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE),
                request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                cause instanceof Throwable t ? t.getClass().getName() + ": " + t.getMessage() : "no exception");
        return reference;
    }
}
