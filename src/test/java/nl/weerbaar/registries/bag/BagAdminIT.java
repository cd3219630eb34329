package nl.weerbaar.registries.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BagAdminIT extends IntegrationTest {

    static final Path IMPORT = Path.of("target/bag-import");

    @Autowired
    BagAddresses addresses;

    @Autowired
    BagLoadService loads;

    @Test
    void theOperatorLoadsAStandFromTheImportFolderSeesItMatchedAndIsToldWhichMutationsAreNeeded() throws Exception {
        Files.createDirectories(IMPORT);
        Path stand = BagExtracts.doesburg(IMPORT);
        BagExtracts.mutations(IMPORT, "BAGGEM0221M-15102020-15112020.zip", "2020-10-15", "2020-11-15", "");
        WebClient operator = loginAs("platformbeheerder");

        HttpResponse<String> page = operator.get("/platform/registries/bag");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(stand.getFileName().toString(), "BAGGEM0221M-15102020-15112020.zip");

        HttpResponse<String> started = operator.postForm(
                "/platform/registries/bag/load",
                Map.of("file", stand.getFileName().toString()));
        assertThat(started.statusCode()).isEqualTo(302);
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        // ready in the database, and the background load finished on this node (it unlocks after marking ready)
        while ((!"READY".equals(addresses.stand().status()) || loads.last().running())
                && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(addresses.stand().status()).isEqualTo("READY");

        String body = operator.get("/platform/registries/bag").body();
        assertThat(body)
                .contains(
                        "Klaar voor gebruik",
                        "Doesburg (0221)",
                        "15-09-2020",
                        "235",
                        "Geen gemeente op het platform met deze CBS-code");

        jdbc.sql("UPDATE municipality SET cbs_code = '0221' WHERE slug = 'kleindorp'")
                .update();
        try {
            assertThat(operator.get("/platform/registries/bag").body())
                    .contains("<dd>Gemeente Kleindorp</dd>")
                    .doesNotContain("Geen gemeente op het platform met deze CBS-code");
        } finally {
            jdbc.sql("UPDATE municipality SET cbs_code = '9902' WHERE slug = 'kleindorp'")
                    .update();
        }

        HttpResponse<String> refused = operator.postForm(
                "/platform/registries/bag/mutations", Map.of("file", "BAGGEM0221M-15102020-15112020.zip"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(operator.get("/platform/registries/bag").body())
                .contains("loopt van 15-10-2020 tot 15-11-2020, maar de geladen BAG is bijgewerkt tot 15-09-2020");
        try (var c = TestDatabase.ownerConnection();
                var rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM audit_event WHERE object_type = 'registries-bag-extract'"
                                + " AND object_id = 'BAGGEM0221L-15092020.zip'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the load in the audit log").isPositive();
        }
    }

    @Test
    void onlyThePlatformOperatorMayLoadTheBag() {
        assertThat(loginAs("beheerder").get("/platform/registries/bag").statusCode())
                .isEqualTo(403);
        assertThat(loginAs("coordinator")
                        .postForm("/platform/registries/bag/load", Map.of("file", "x.zip"))
                        .statusCode())
                .isEqualTo(403);
    }
}
