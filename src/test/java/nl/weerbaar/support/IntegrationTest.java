package nl.weerbaar.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import java.util.Map;
import nl.weerbaar.WeerbaarApplication;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole application on a random port, on this run's fresh PostgreSQL
 * database with the demo municipalities loaded, a real SMTP server (GreenMail) and a real OIDC provider
 * (mock-oauth2-server). All subclasses share one Spring context; keep the configuration here. The application's
 * clock is {@link #clock}: a test may set it, and it is back on the system time after every test.
 */
@SpringBootTest(
        classes = WeerbaarApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "weerbaar.demo.enabled=true",
            "logging.structured.format.console=",
            "weerbaar.jobs.housekeeping-cron=*/2 * * * * *",
            "weerbaar.jobs.housekeeping-min-lock=PT1S",
            "weerbaar.jobs.audit-seal-interval=PT1S",
            // Tests call these jobs themselves; a scheduled run at a quarter past would race them.
            "weerbaar.jobs.incident-reminders-cron=-",
            "weerbaar.jobs.incident-retention-cron=-",
            "weerbaar.jobs.incident-digest-cron=-",
            "weerbaar.jobs.action-reminders-cron=-",
            "weerbaar.jobs.awareness-reminders-cron=-",
            "weerbaar.jobs.survey-daily-cron=-",
            "weerbaar.jobs.insights-report-cron=-",
            "weerbaar.jobs.insights-fold-cron=-",
            "weerbaar.jobs.review-reminders-cron=-",
            "weerbaar.jobs.mail-outbox-cron=-",
            "weerbaar.jobs.audit-verify-cron=-",
            "weerbaar.jobs.audit-anchor-cron=-",
            "weerbaar.jobs.approval-expiry-cron=-",
            "weerbaar.jobs.meldpunt-deadlines-cron=-",
            "weerbaar.jobs.learning-reminders-cron=-",
            "weerbaar.jobs.training-reminders-cron=-",
            "weerbaar.jobs.meldpunt-retention-cron=-",
            "weerbaar.jobs.meldpunt-rewrite-cron=-",
            "weerbaar.security.login-attempts-per-minute=100000",
            "weerbaar.security.max-failed-logins=5",
            "spring.main.banner-mode=off",
            // Several test classes report to the demo meldpunt from the same address; MeldpuntLimitsTest has the limit.
            "weerbaar.meldpunt.reports-per-address=50",
            "weerbaar.jobs.action-reminders-min-lock=PT0S",
            "weerbaar.jobs.review-reminders-min-lock=PT0S",
            "weerbaar.jobs.meldpunt-deadlines-min-lock=PT0S",
            "weerbaar.jobs.learning-reminders-min-lock=PT0S",
            "weerbaar.jobs.training-reminders-min-lock=PT0S",
            "weerbaar.jobs.awareness-reminders-min-lock=PT0S",
            "weerbaar.jobs.meldpunt-retention-min-lock=PT0S",
            "weerbaar.jobs.meldpunt-rewrite-min-lock=PT0S",
            // BAG extracts the operator page offers (BagAdminIT puts them there)
            "weerbaar.registries.bag.import-dir=target/bag-import"
        })
@Import(MutableClock.Config.class)
public abstract class IntegrationTest {

    public static final GreenMail MAIL;
    public static final MockOAuth2Server OIDC;

    static {
        TestDatabase.ensure();
        MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        MAIL.start();
        OIDC = new MockOAuth2Server();
        OIDC.start();
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** The application's clock; set it with {@link MutableClock#setTo}, reset after each test. */
    @Autowired
    protected MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @DynamicPropertySource
    static void externalServices(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("weerbaar.oidc.issuer", () -> OIDC.issuerUrl("weerbaar").toString());
        registry.add("weerbaar.oidc.client-id", () -> "weerbaar-test");
        registry.add("weerbaar.oidc.client-secret", () -> "secret");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A browser-like HTTP client logged in as the given demo user. */
    protected WebClient loginAs(String username) {
        return WebClient.loggedIn(baseUrl(), username, Demo.PASSWORD);
    }

    /** A browser-like HTTP client that is not logged in. */
    protected WebClient anonymous() {
        return new WebClient(baseUrl());
    }

    /** Shorthand for tests: the claims map of an OIDC token. */
    protected static Map<String, Object> claims(String municipality, List<String> roles) {
        return Map.of("municipality", municipality, "roles", roles);
    }
}
