package nl.weerbaar.registries.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class BagLoadIT extends IntegrationTest {

    @Autowired
    BagLoadService loads;

    @Autowired
    BagAddresses addresses;

    @Autowired
    nl.weerbaar.registries.BagLookup lookup;

    @TempDir
    Path dir;

    @Test
    void loadsTheSampleMunicipalityInTheOfficialLayoutAndAnswersAnAddressLookup() throws Exception {
        BagLoader.Result result = loads.load(BagExtracts.doesburg(dir));

        assertThat(result.delivery().municipalityCodes()).containsExactly("0221");
        assertThat(result.objects()).isEqualTo(235);
        assertThat(counts()).isEqualTo(FULL);

        List<BagAddresses.Address> found = addresses.find("6981 ch", 4, null, null);
        assertThat(found).hasSize(1);
        BagAddresses.Address a = found.get(0);
        assertThat(a.id()).isEqualTo("0221200000330227");
        assertThat(a.street()).isEqualTo("Kosterstraat");
        assertThat(a.residence()).isEqualTo("Doesburg");
        assertThat(a.municipalityCode()).isEqualTo("0221");
        assertThat(a.objects()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("0221010000330226");
            assertThat(o.kind()).isEqualTo("VBO");
            assertThat(o.uses()).containsExactly("woonfunctie");
            assertThat(o.area()).isEqualTo(223);
            assertThat(o.status()).isEqualTo("Verbouwing verblijfsobject");
            assertThat(o.x()).isEqualTo(206335.699);
            assertThat(o.y()).isEqualTo(447529.842);
            assertThat(o.mainAddress()).isTrue();
            assertThat(o.inOnderzoek()).containsExactly("oppervlakte");
            assertThat(o.buildings()).singleElement().satisfies(b -> {
                assertThat(b.id()).isEqualTo("0221100000312938");
                assertThat(b.constructionYear()).isEqualTo(1585);
                assertThat(b.x()).isBetween(206329.0, 206355.0);
                assertThat(b.y()).isBetween(447526.0, 447539.0);
            });
        });
        assertThat(addresses.byId("0221010000330226")).contains(a);
        assertThat(addresses.byId("0221200000330227")).contains(a);
        assertThat(addresses.find("6981CH", 5, null, null)).isEmpty();
        // a verblijfsobject's main address, and the same object through one of its nevenadressen
        assertThat(addresses.byId("0221010000330999")).hasValueSatisfying(l -> {
            assertThat(l.id()).isEqualTo("0221200000330229");
            assertThat(l.houseLetter()).isEqualTo("l");
            assertThat(l.objects()).singleElement().satisfies(o -> {
                assertThat(o.mainAddress()).isTrue();
                assertThat(o.buildings())
                        .extracting(BagAddresses.Building::constructionYear)
                        .containsExactly(1992);
            });
        });
        assertThat(addresses.byId("0221200000330998"))
                .hasValueSatisfying(n -> assertThat(n.objects()).anySatisfy(o -> {
                    assertThat(o.id()).isEqualTo("0221010000330999");
                    assertThat(o.mainAddress()).isFalse();
                }));
        assertThat(addresses.find("6981ED", 1, null, null))
                .singleElement()
                .satisfies(s -> assertThat(s.objects()).singleElement().satisfies(o -> {
                    assertThat(o.kind()).isEqualTo("STA");
                    assertThat(o.x()).isBetween(206265.0, 206282.0);
                }));

        // the Inactief part is history only; NietBag is not loaded
        assertThat(jdbc.sql("SELECT current FROM bag_pand WHERE id = '0221100000399991'")
                        .query(Boolean.class)
                        .list())
                .containsExactly(false);
        assertThat(jdbc.sql("SELECT count(*) FROM bag_pand WHERE id = '0221100000399992'")
                        .query(Long.class)
                        .single())
                .isZero();
        // the address lookup's view of the same address
        assertThat(lookup.loaded()).isTrue();
        assertThat(lookup.at(new nl.weerbaar.registries.AddressKey("6981 ch", 4, null, null)))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.street()).isEqualTo("Kosterstraat");
                    assertThat(l.key().text()).isEqualTo("6981CH 4");
                    assertThat(l.objects())
                            .singleElement()
                            .satisfies(o -> assertThat(o.constructionYears()).containsExactly(1585));
                });
        BagAddresses.Stand stand = addresses.stand();
        assertThat(stand.status()).isEqualTo("READY");
        assertThat(stand.area()).isEqualTo("0221");
        assertThat(stand.areaName()).isEqualTo("Doesburg");
        assertThat(stand.standDate()).hasToString("2020-09-15");
        assertThat(stand.objects()).isEqualTo(235);
    }

    @Test
    void aLoadKilledHalfwayRestartsAndEndsWithTheSameCounts() throws Exception {
        Path extract = BagExtracts.doesburg(dir);
        BagLoader interrupted =
                new BagLoader(loads.dataSource(), clock::instant, new LoadProgress()).interruptAfter(220);
        assertThatThrownBy(() -> interrupted.loadStand(extract)).isInstanceOf(BagLoader.Interrupted.class);
        assertThat(addresses.stand().status()).isEqualTo("LOADING");
        long partsIn =
                jdbc.sql("SELECT count(*) FROM bag_load_part").query(Long.class).single();
        assertThat(partsIn).isPositive();

        BagLoader.Result result = loads.load(extract);

        assertThat(result.resumedParts()).isEqualTo((int) partsIn);
        assertThat(result.objects()).isEqualTo(235);
        assertThat(counts()).isEqualTo(FULL);
        assertThat(addresses.find("6981CH", 4, null, null)).hasSize(1);
    }

    @Test
    void aMutationFileAppliesOnlyFromTheLoadedStandsDate() throws Exception {
        loads.load(BagExtracts.doesburg(dir));
        String v4 = vbo4();
        String ended = v4.replace(
                "<Historie:beginGeldigheid>2019-11-19</Historie:beginGeldigheid>",
                "<Historie:beginGeldigheid>2019-11-19</Historie:beginGeldigheid>"
                        + "<Historie:eindGeldigheid>2020-10-01</Historie:eindGeldigheid>");
        String v5 = v4.replace("voorkomenidentificatie>4<", "voorkomenidentificatie>5<")
                .replace("<Objecten:oppervlakte>223<", "<Objecten:oppervlakte>250<")
                .replace("Verbouwing verblijfsobject", "Verblijfsobject in gebruik");
        String groups = "<ml:wijziging><ml:was>" + v4 + "</ml:was><ml:wordt>" + ended + "</ml:wordt></ml:wijziging>"
                + "<ml:toevoeging><ml:wordt>" + v5 + "</ml:wordt></ml:toevoeging>";
        Path later =
                BagExtracts.mutations(dir, "BAGGEM0221M-15102020-15112020.zip", "2020-10-15", "2020-11-15", groups);
        Path first =
                BagExtracts.mutations(dir, "BAGGEM0221M-15092020-15102020.zip", "2020-09-15", "2020-10-15", groups);

        assertThatThrownBy(() -> loads.applyMutations(later)).isInstanceOfSatisfying(BagRefusedException.class, e -> {
            assertThat(e.key()).isEqualTo("registries.bag.error.outOfOrder");
            assertThat(e.arguments())
                    .containsExactly("BAGGEM0221M-15102020-15112020.zip", "15-10-2020", "15-11-2020", "15-09-2020");
        });
        assertThat(addresses
                        .find("6981CH", 4, null, null)
                        .get(0)
                        .objects()
                        .get(0)
                        .area())
                .isEqualTo(223);

        MutationLoader.Applied applied = loads.applyMutations(first);

        assertThat(applied.changes()).isEqualTo(2);
        BagAddresses.AddressableObject vbo =
                addresses.find("6981CH", 4, null, null).get(0).objects().get(0);
        assertThat(vbo.area()).isEqualTo(250);
        assertThat(vbo.status()).isEqualTo("Verblijfsobject in gebruik");
        assertThat(jdbc.sql("SELECT count(*) FROM bag_adresseerbaar_object WHERE id = '0221010000330226'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(addresses.stand().currentTo()).hasToString("2020-10-15");
        assertThatThrownBy(() -> loads.applyMutations(first))
                .isInstanceOfSatisfying(
                        BagRefusedException.class,
                        e -> assertThat(e.arguments()).contains("15-10-2020"));
        loads.applyMutations(later);
        assertThat(addresses.stand().currentTo()).hasToString("2020-11-15");
    }

    private static final Map<String, Long> FULL = Map.of(
            "bag_woonplaats", 1L,
            "bag_openbare_ruimte", 201L,
            "bag_nummeraanduiding", 15L,
            "bag_adresseerbaar_object", 9L,
            "bag_pand", 7L,
            "bag_in_onderzoek", 1L,
            "bag_gemeente_woonplaats", 1L);

    private Map<String, Long> counts() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (String table : FULL.keySet()) {
            counts.put(
                    table,
                    jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String vbo4() {
        Matcher m = Pattern.compile("<sl-bag-extract:bagObject>.*?</sl-bag-extract:bagObject>", Pattern.DOTALL)
                .matcher(BagExtracts.sample("0221VBO15092020-000001.xml"));
        for (int i = 0; i < 4; i++) {
            m.find();
        }
        return m.group().replace("sl-bag-extract:bagObject", "mlm:bagObject");
    }
}
