package nl.weerbaar.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import nl.weerbaar.platform.UploadLimits;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form with a file above {@link UploadLimits#maxFileBytes()} or a form above
 * {@link UploadLimits#maxRequestBytes()}, before anything else reads it. Left to the container, the first reader of
 * a form field (the CSRF check) made it parse the form, and a file above its limit ended in the container's own
 * English error page or an empty response. A browser is sent to the product's page that names the limits; an API
 * client gets problem+json with status 413. A form too large as a whole is read to its end first (up to
 * {@link #DRAIN_FACTOR} times the limit), so that the browser receives the answer instead of a broken connection; a
 * form within that limit is read whole by the container, so each file's size is known without breaking off.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    /** A refused body is read to its end only up to this multiple of the request limit; beyond, the connection ends. */
    static final int DRAIN_FACTOR = 4;

    private final UploadLimits limits;
    private final MessageSource messages;

    UploadLimitFilter(UploadLimits limits, MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.maxRequestBytes()) {
            drain(request);
            refuse(request, response);
            return;
        }
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null && part.getSize() > limits.maxFileBytes()) {
                    refuse(request, response);
                    return;
                }
            }
        } catch (IllegalStateException e) {
            // the container's signal for a form above its limit that did not say its length beforehand
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : WebConfig.DUTCH;
            String title = messages.getMessage("problem.413", null, locale);
            String detail = messages.getMessage("problem.413.detail", limits.inMegabytes(), locale);
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":413,\"detail\":\""
                            + json(detail) + "\"}");
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/error/too-large");
        }
    }

    private void drain(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > DRAIN_FACTOR * limits.maxRequestBytes()) {
            return;
        }
        try (InputStream in = request.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            // the client went away or the body was already consumed: nothing to read
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "'");
    }
}
