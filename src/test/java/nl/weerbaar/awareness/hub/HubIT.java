package nl.weerbaar.awareness.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** Who may write and read the hub's items, drafts and other municipalities' items, and refused input. */
class HubIT extends IntegrationTest {

    private String create(WebClient coordinator, String title, String body) {
        coordinator.get("/awareness/manage/new");
        HttpResponse<String> r = coordinator.postForm(
                "/awareness/manage", Map.of("kind", "NEWS", "title", title, "body", body, "publicItem", "true"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.replaceAll(".*/manage/", "").replaceAll("\\?.*", "");
    }

    @Test
    void aDraftIsTheCoordinatorsOnlyUntilPublished() {
        WebClient coordinator = loginAs("coordinator");
        String id = create(coordinator, "Concept " + UUID.randomUUID(), "Nog niet klaar");
        WebClient employee = loginAs("medewerker");
        assertThat(employee.get("/awareness/items/" + id).statusCode()).isEqualTo(404);
        assertThat(employee.get("/awareness").body()).doesNotContain("Nog niet klaar");
        assertThat(coordinator.get("/awareness/items/" + id).statusCode()).isEqualTo(200);

        coordinator.get("/awareness/manage/" + id);
        assertThat(coordinator
                        .postForm("/awareness/manage/" + id + "/publish", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(employee.get("/awareness/items/" + id).body()).contains("Nog niet klaar");

        coordinator.get("/awareness/manage/" + id);
        coordinator.postForm("/awareness/manage/" + id + "/withdraw", Map.of());
        assertThat(employee.get("/awareness/items/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherMunicipalitysItemIsNotFoundAndEmployeesCannotWrite() {
        WebClient coordinator = loginAs("coordinator");
        String id = create(coordinator, "Alleen Voorbeeldstad " + UUID.randomUUID(), "Tekst");
        coordinator.get("/awareness/manage/" + id);
        coordinator.postForm("/awareness/manage/" + id + "/publish", Map.of());

        WebClient other = loginAs("kd.coordinator");
        assertThat(other.get("/awareness/items/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/awareness/manage/" + id).statusCode()).isEqualTo(404);

        WebClient employee = loginAs("medewerker");
        assertThat(employee.get("/awareness/manage").statusCode()).isEqualTo(403);
        employee.get("/awareness");
        assertThat(employee.postForm("/awareness/manage", Map.of("kind", "NEWS", "title", "Niet van mij", "body", "x"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void refusedInputIsShownAndNothingIsSaved() {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/awareness/manage/new");
        HttpResponse<String> r =
                coordinator.postForm("/awareness/manage", Map.of("kind", "GOSSIP", "title", "x", "body", " "));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Kies een van de mogelijkheden.")
                .contains("Een titel heeft minstens 2 tekens.")
                .contains("Vul dit veld in.");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM awareness_item WHERE title = 'x'")
                                .query(Long.class)
                                .single()))
                .isZero();
    }

    @Test
    void readsAreCountedForPublishedItemsOnly() {
        WebClient coordinator = loginAs("coordinator");
        String id = create(coordinator, "Gelezen " + UUID.randomUUID(), "Tel mij");
        coordinator.get("/awareness/items/" + id);
        coordinator.get("/awareness/manage/" + id);
        coordinator.postForm("/awareness/manage/" + id + "/publish", Map.of());
        WebClient employee = loginAs("medewerker");
        employee.get("/awareness/items/" + id);
        employee.get("/awareness/items/" + id);
        loginAs("vergunningverlener").get("/awareness/items/" + id);
        assertThat(reads(id)).isEqualTo(3);
    }

    private long reads(String id) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT reads_hub FROM awareness_item WHERE id = ?::uuid")
                        .param(id)
                        .query(Long.class)
                        .single());
    }
}
