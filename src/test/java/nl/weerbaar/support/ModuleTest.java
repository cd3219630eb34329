package nl.weerbaar.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of a module test ({@code @ApplicationModuleTest} on the subclass, in the module's package): the module with
 * the modules it depends on, on this run's PostgreSQL database with the demo municipalities and the same SMTP and
 * OIDC servers as the integration tests. Each module gets a context of its own, so keep these few; scheduled jobs
 * are switched off.
 */
@TestPropertySource(
        properties = {
            "weerbaar.demo.enabled=true",
            "logging.structured.format.console=",
            "spring.main.banner-mode=off",
            "weerbaar.jobs.housekeeping-cron=-",
            "weerbaar.jobs.incident-reminders-cron=-",
            "weerbaar.jobs.incident-retention-cron=-",
            "weerbaar.jobs.incident-digest-cron=-",
            "weerbaar.jobs.action-reminders-cron=-",
            "weerbaar.jobs.survey-daily-cron=-",
            "weerbaar.jobs.insights-report-cron=-",
            "weerbaar.jobs.insights-fold-cron=-",
            "weerbaar.jobs.review-reminders-cron=-",
            "weerbaar.jobs.mail-outbox-cron=-",
            "weerbaar.jobs.audit-verify-cron=-",
            "weerbaar.jobs.audit-anchor-cron=-",
            "weerbaar.jobs.approval-expiry-cron=-",
            "weerbaar.jobs.audit-seal-interval=PT1H"
        })
public abstract class ModuleTest {

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void externalServices(DynamicPropertyRegistry registry) {
        TestDatabase.ensure();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> IntegrationTest.MAIL.getSmtp().getPort());
        registry.add(
                "weerbaar.oidc.issuer",
                () -> IntegrationTest.OIDC.issuerUrl("weerbaar").toString());
        registry.add("weerbaar.oidc.client-id", () -> "weerbaar-test");
        registry.add("weerbaar.oidc.client-secret", () -> "secret");
    }
}
