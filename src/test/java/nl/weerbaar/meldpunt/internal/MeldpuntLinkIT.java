package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reporter who lost the receipt code reports again and refers to the earlier report in words; the recipient links
 * the new report to the earlier one by its reference, and both pages show the link. Only reports the recipient
 * receives can be named.
 */
class MeldpuntLinkIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Test
    void aRecipientLinksAFollowUpToTheEarlierReport() {
        UUID coordinatorId = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = 'coordinator'")
                        .query(UUID.class)
                        .single());
        UUID earlier = submit("2036-01-10", "Bouwvergunning Havenweg voorgetrokken", List.of());
        UUID later = submit("2036-02-11", "Ik meldde in januari over de Havenweg; mijn code ben ik kwijt", List.of());
        UUID keptFromMe = submit("2036-02-12", "Over de coördinator", List.of(coordinatorId.toString()));

        WebClient coordinator = loginAs("coordinator");
        assertThat(coordinator.get("/meldpunt?pageSize=100").body()).contains(Inbox.reference(earlier));
        assertThat(coordinator.get("/meldpunt/" + later).body()).contains("Vervolg op melding (kenmerk)");

        HttpResponse<String> unknown =
                coordinator.postForm("/meldpunt/" + later + "/link", Map.of("reference", "ZZZZ1234"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("Er is geen melding met kenmerk ZZZZ1234 die u ontvangt");
        HttpResponse<String> notMine =
                coordinator.postForm("/meldpunt/" + later + "/link", Map.of("reference", Inbox.reference(keptFromMe)));
        assertThat(notMine.statusCode())
                .as("a report kept from the recipient cannot be named")
                .isEqualTo(422);

        HttpResponse<String> linked = coordinator.postForm(
                "/meldpunt/" + later + "/link",
                Map.of("reference", " " + Inbox.reference(earlier).toLowerCase() + " "));
        assertThat(linked.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/meldpunt/" + later).body())
                .contains("Vervolg op")
                .contains("/meldpunt/" + earlier + "\"")
                .contains("melding " + Inbox.reference(earlier) + " van 10-01-2036");
        assertThat(coordinator.get("/meldpunt/" + earlier).body())
                .contains("Vervolgmeldingen")
                .contains("/meldpunt/" + later + "\"");

        HttpResponse<String> circle =
                coordinator.postForm("/meldpunt/" + earlier + "/link", Map.of("reference", Inbox.reference(later)));
        assertThat(circle.statusCode()).isEqualTo(422);
        assertThat(circle.body()).contains("Die melding is al een vervolg op deze");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE object_id = ? AND action = 'UPDATE'"
                                        + " AND purpose LIKE 'linked to earlier report%'")
                                .param(later.toString())
                                .query(Long.class)
                                .single()))
                .isEqualTo(1);
    }

    /** A report received on {@code day} (a day no other test uses). */
    private UUID submit(String day, String text, List<String> notTo) {
        clock.setTo(Instant.parse(day + "T10:00:00Z"));
        assertThat(reporting
                        .submit(
                                Demo.VOORBEELDSTAD,
                                new Reporting.Submission(
                                        "FAVOURED_DECISION",
                                        text,
                                        null,
                                        notTo,
                                        false,
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null),
                                null)
                        .errors()
                        .any())
                .isFalse();
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM meldpunt_report WHERE received_on = ?::date")
                        .param(day)
                        .query(UUID.class)
                        .single());
    }
}
