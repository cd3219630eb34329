package nl.weerbaar.registries.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.registries.trade.TradeExtract;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lookup page over a loaded BAG: the sample municipality in the official layout, and establishments found at an
 * address by their BAG id (whatever address the extract gives) or by the whole address when they have no id.
 */
class BagLookupPageIT extends IntegrationTest {

    @Autowired
    BagLoadService loads;

    @Autowired
    TradeExtract extract;

    @TempDir
    Path dir;

    @Test
    void anAddressLookupShowsTheBagObjectsAndTheEstablishmentsJoinedOnIdsOrAddress() throws Exception {
        loads.load(BagExtracts.doesburg(dir));
        String csv = """
                kvknummer;vestigingsnummer;naam;postcode;huisnummer;adresseerbaar object id
                90005001;000052790001;Antiek Kosterstraat;6981CH;4;
                90005002;000052790002;Atelier op Id;9999ZZ;99;0221010000330226
                90005003;000052790003;Buurman;6981CH;6;
                """;
        assertThat(TenantContext.callAs(
                                Demo.VOORBEELDSTAD,
                                () -> extract.upload(csv.getBytes(StandardCharsets.UTF_8), "doesburg.csv"))
                        .ok())
                .isTrue();

        WebClient c = loginAs("coordinator");
        assertThat(c.get("/registries/lookup").statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("purpose", "UNDERMINING_SIGNAL");
        form.put("reference", "signaal 7");
        form.put("postcode", "6981 ch");
        form.put("houseNumber", "4");
        HttpResponse<String> r = c.postForm("/registries/lookup", form);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Kosterstraat 6981CH 4, Doesburg")
                .contains("0221200000330227")
                .contains("VBO 0221010000330226: gebruik woonfunctie, 223 m², bouwjaar 1585")
                .contains("Antiek Kosterstraat")
                .contains("Atelier op Id")
                .doesNotContain("Buurman")
                .doesNotContain("De BAG is nog niet geladen");
    }
}
