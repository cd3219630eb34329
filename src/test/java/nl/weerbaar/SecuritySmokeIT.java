package nl.weerbaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Enumerates every endpoint of the application and proves that it refuses anonymous callers, callers whose
 * role it does not name, and another municipality's ids.
 */
class SecuritySmokeIT extends IntegrationTest {

    /** Reachable without login on purpose. */
    static final List<String> PUBLIC = List.of(
            "/login",
            "/error",
            "/theme.css",
            "/v3/api-docs",
            "/s/",
            "/m/",
            "/intranet/",
            "/survey/",
            "/api/v1/public/",
            "/manifest.webmanifest",
            "/sw.js",
            "/actuator");

    /** Open to every logged-in user on purpose (no role needed). */
    static final List<String> ANY_USER = List.of("/", "/menu/", "/api/v1/me", "/account/", "/meldpunt/melden");

    /** Guarded by URL rules in SecurityConfig rather than annotations. */
    static final List<String> URL_RULES =
            List.of("/admin", "/api/v1/admin/", "/audit", "/api/v1/audit-events", "/platform", "/api/v1/platform/");

    record Endpoint(String method, String pattern, Set<String> roles) {
        boolean hasVariables() {
            return pattern.contains("{");
        }

        String path(String value) {
            // a variable with a pattern of alternatives takes its first alternative, so that the path matches
            return pattern.replaceAll("\\{[^}:]+:([A-Za-z-]+)[^}]*}", "$1").replaceAll("\\{[^}]+}", value);
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    List<Endpoint> endpoints;

    @BeforeEach
    void collect() {
        endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("nl.weerbaar")) {
                return;
            }
            for (String pattern : patterns(info)) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                String method =
                        methods.isEmpty() ? "GET" : methods.iterator().next().name();
                endpoints.add(new Endpoint(method, pattern, roles(handler)));
            }
        });
        assertThat(endpoints).hasSizeGreaterThan(5);
    }

    @Test
    void everyEndpointHasAnExplicitAccessRule() {
        List<String> unguarded = endpoints.stream()
                .filter(e -> e.roles() == null
                        && !startsWithAny(e.pattern(), PUBLIC)
                        && !isAnyUser(e.pattern())
                        && !startsWithAny(e.pattern(), URL_RULES))
                .map(e -> e.method() + " " + e.pattern())
                .toList();
        assertThat(unguarded)
                .as("endpoints without @PreAuthorize or a URL rule")
                .isEmpty();
    }

    @Test
    void everyEndpointRefusesAnonymousCallers() {
        WebClient anonymous = anonymous();
        List<String> open = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (startsWithAny(e.pattern(), PUBLIC)) {
                continue;
            }
            HttpResponse<String> r = call(anonymous, e, UUID.randomUUID().toString());
            boolean refused = r.statusCode() == 401
                    || r.statusCode() == 403
                    || (r.statusCode() == 302
                            && r.headers().firstValue("Location").orElse("").contains("/login"));
            if (!refused) {
                open.add(e.method() + " " + e.pattern() + " -> " + r.statusCode());
            }
        }
        assertThat(open).as("endpoints that serve anonymous callers").isEmpty();
    }

    @Test
    void everyEndpointRefusesRolesItDoesNotName() {
        WebClient employee = loginAs("medewerker");
        WebClient operator = loginAs("platformbeheerder");
        List<String> leaks = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (e.roles() == null || startsWithAny(e.pattern(), PUBLIC)) {
                continue;
            }
            if (!e.roles().contains("EMPLOYEE")) {
                int status = call(employee, e, UUID.randomUUID().toString()).statusCode();
                if (status != 403) {
                    leaks.add("EMPLOYEE " + e.method() + " " + e.pattern() + " -> " + status);
                }
            }
            if (!e.roles().contains("OPERATOR")) {
                int status = call(operator, e, UUID.randomUUID().toString()).statusCode();
                if (status != 403) {
                    leaks.add("OPERATOR " + e.method() + " " + e.pattern() + " -> " + status);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void noEndpointServesAnotherMunicipalitysIds() throws Exception {
        List<String> foreignIds = voorbeeldstadIds();
        assertThat(foreignIds).isNotEmpty();
        List<WebClient> kleindorp =
                List.of(loginAs("kd.coordinator"), loginAs("kd.beheerder"), loginAs("kd.medewerker"));
        List<String> leaks = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (!e.hasVariables() || !e.method().equals("GET") || startsWithAny(e.pattern(), PUBLIC)) {
                continue;
            }
            for (WebClient client : kleindorp) {
                for (String id : foreignIds) {
                    int status = call(client, e, id).statusCode();
                    if (status == 200 || status >= 500) {
                        leaks.add(e.pattern() + " with " + id + " -> " + status);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private HttpResponse<String> call(WebClient client, Endpoint e, String id) {
        String path = e.path(id);
        HttpRequest.Builder b =
                HttpRequest.newBuilder(client.uri(path)).header("Accept", e.isApi() ? "application/json" : "text/html");
        if (e.method().equals("GET")) {
            b.GET();
        } else {
            b.method(e.method(), HttpRequest.BodyPublishers.ofString(e.isApi() ? "{}" : "x=1"))
                    .header("Content-Type", e.isApi() ? "application/json" : "application/x-www-form-urlencoded");
            if (client.csrf() != null) {
                b.header("X-CSRF-TOKEN", client.csrf());
            }
        }
        return client.send(b.build());
    }

    /** One id of every tenant table of Gemeente Voorbeeldstad that has a uuid primary key named id. */
    private static List<String> voorbeeldstadIds() throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        try (Connection c = TestDatabase.ownerConnection();
                Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("""
          SELECT t.table_name FROM information_schema.columns t
           JOIN information_schema.columns i ON i.table_name = t.table_name AND i.column_name = 'id'
                AND i.data_type = 'uuid' AND i.table_schema = 'public'
          WHERE t.table_schema = 'public' AND t.column_name = 'tenant_id'""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery(
                        "SELECT id FROM \"" + table + "\" WHERE tenant_id = '" + Demo.VOORBEELDSTAD + "' LIMIT 1")) {
                    if (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return new ArrayList<>(ids);
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    /** Roles named in @PreAuthorize on the method or its class; null when there is none. */
    private static Set<String> roles(HandlerMethod handler) {
        PreAuthorize pre = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (pre == null) {
            pre = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (pre == null) {
            return null;
        }
        Set<String> roles = new LinkedHashSet<>();
        Matcher m = ROLE.matcher(pre.value());
        while (m.find()) {
            roles.add(m.group(1));
        }
        if (pre.value().contains("isAuthenticated()")) {
            roles.add("EMPLOYEE");
            roles.add("OPERATOR");
        }
        return roles;
    }

    private static boolean isAnyUser(String pattern) {
        return pattern.equals("/")
                || pattern.equals("/api/v1/me")
                || pattern.startsWith("/account/")
                || pattern.startsWith("/menu/")
                || pattern.equals("/meldpunt/melden");
    }

    private static boolean startsWithAny(String pattern, List<String> prefixes) {
        return prefixes.stream()
                .anyMatch(p -> pattern.equals(p)
                        || pattern.startsWith(p.endsWith("/") ? p : p + "/")
                        || (p.endsWith("/") && pattern.startsWith(p)));
    }
}
