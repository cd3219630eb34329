package nl.weerbaar.incidents.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The incidents module on its own: once a registration is committed, the department's managers and the
 * coordinators get a mail with a link to the case, and the reporter none.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        // constructor dependencies on other modules' ports that the bootstrap does not pull in by itself
        extraIncludes = {"registries"})
class CaseRoutingModuleIT extends ModuleTest {

    @Test
    void aNewCaseIsRoutedToTheManagersOfItsDepartmentAndTheCoordinators(Scenario scenario) {
        Map<String, Object> incident = TenantContext.callAs(
                Demo.VOORBEELDSTAD, () -> jdbc.sql("""
        SELECT i.id, i.department_id, r.email AS reporter FROM incident i JOIN app_user r ON r.id = i.reporter_id
         WHERE NOT i.confidential
           AND i.department_id = (SELECT department_id FROM app_user WHERE username = 'leidinggevende')
           AND NOT (i.excluded_users && ARRAY(
               SELECT u.id FROM app_user u WHERE u.username IN ('coordinator', 'leidinggevende')))
         ORDER BY i.registered_at LIMIT 1""").query().singleRow());
        UUID id = (UUID) incident.get("id");
        String coordinator = email("coordinator");
        String manager = email("leidinggevende");
        String reporter = (String) incident.get("reporter");
        long before = mailsAbout(id, coordinator);

        scenario.publish(new IncidentRegistered(
                        Demo.VOORBEELDSTAD,
                        id,
                        Instant.now(),
                        Instant.now(),
                        Set.of("VERBAL_AGGRESSION"),
                        (UUID) incident.get("department_id"),
                        null,
                        null,
                        "COUNTER",
                        "CITIZEN",
                        null,
                        "MEDIUM",
                        false))
                .andWaitForStateChange(() -> mailsAbout(id, coordinator), n -> n > before)
                .andVerify(n -> {
                    assertThat(n).isEqualTo(before + 1);
                    assertThat(mailsAbout(id, reporter)).isZero();
                    assertThat(mailsAbout(id, manager)).isPositive();
                });
    }

    private String email(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT email FROM app_user WHERE username = ?")
                        .param(username)
                        .query(String.class)
                        .single());
    }

    /** The "new case" mails to {@code to} that link to case {@code id}. */
    private static long mailsAbout(UUID id, String to) {
        return Arrays.stream(IntegrationTest.MAIL.getReceivedMessages())
                .filter(m -> about(m, id, to))
                .count();
    }

    private static boolean about(MimeMessage m, UUID id, String to) {
        try {
            return Arrays.toString(m.getAllRecipients()).contains(to)
                    && m.getSubject().startsWith("Nieuwe melding: zaak VBS-")
                    && String.valueOf(m.getContent()).replace("=\r\n", "").contains(id.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
