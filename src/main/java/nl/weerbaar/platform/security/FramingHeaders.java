package nl.weerbaar.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.weerbaar.platform.Framing;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Writes the Content Security Policy and {@code X-Frame-Options}: framing forbidden ({@code frame-ancestors 'none'},
 * {@code DENY}) unless the page allowed some origins through {@link Framing}; then {@code frame-ancestors} names
 * exactly those and {@code X-Frame-Options} is left out (it cannot name origins, and would forbid what the policy
 * allows).
 */
final class FramingHeaders implements HeaderWriter {

    private static final String NONE = "frame-ancestors 'none'";

    private final String policy;

    FramingHeaders(String policy) {
        if (!policy.contains(NONE)) {
            throw new IllegalArgumentException("The policy must forbid framing by default");
        }
        this.policy = policy;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        List<String> origins = Framing.allowedFor(request);
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader(
                    "Content-Security-Policy",
                    origins.isEmpty() ? policy : policy.replace(NONE, "frame-ancestors " + String.join(" ", origins)));
        }
        if (origins.isEmpty() && !response.containsHeader("X-Frame-Options")) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }
}
