package nl.weerbaar.support;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An unexpected failure on demand, for the tests of what people and API clients see when something breaks: a page
 * and an API endpoint that always throw. Found by component scanning, like every test-only controller.
 */
public final class Faults {

    public static final String PAGE = "/test/fault";
    public static final String API = "/api/v1/test/fault";
    public static final String SECRET = "geheim-detail-dat-niemand-mag-zien";

    private Faults() {}

    @Controller
    public static class FaultPage {
        @GetMapping(PAGE)
        @PreAuthorize("hasRole('COORDINATOR')")
        @ResponseBody
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** Left out of the OpenAPI document, which describes the product's API only. */
    @RestController
    @Hidden
    public static class FaultApi {
        @GetMapping(value = API, produces = MediaType.APPLICATION_JSON_VALUE)
        @PreAuthorize("hasRole('COORDINATOR')")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }
}
