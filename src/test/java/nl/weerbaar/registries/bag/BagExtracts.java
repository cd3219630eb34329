package nl.weerbaar.registries.bag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds BAG extracts in Kadaster's zip-of-zips layout around the sample files of Doesburg (0221, stand 15-09-2020)
 * for tests: delivery document, an inner zip per object type, InOnderzoek, Inactief and NietBag nested one level
 * deeper, GEM-WPL-RELATIE, and the junk real deliveries carry.
 */
final class BagExtracts {

    static final String SAMPLE = "/registries/bag/sample-0221/";
    static final String[] TYPES = {"WPL", "OPR", "NUM", "PND", "VBO", "LIG", "STA"};

    static final String HEADER = """
        <?xml version="1.0" encoding="UTF-8"?>
        <%s xmlns:Objecten="www.kadaster.nl/schemas/lvbag/imbag/objecten/v20200601"
          xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:Historie="www.kadaster.nl/schemas/lvbag/imbag/historie/v20200601"
          xmlns:Objecten-ref="www.kadaster.nl/schemas/lvbag/imbag/objecten-ref/v20200601"
          xmlns:KenmerkInOnderzoek="www.kadaster.nl/schemas/lvbag/imbag/kenmerkinonderzoek/v20200601"
          xmlns:selecties-extract="http://www.kadaster.nl/schemas/lvbag/extract-selecties/v20200601"
          xmlns:sl-bag-extract="http://www.kadaster.nl/schemas/lvbag/extract-deelbestand-lvc/v20200601"
          xmlns:sl="http://www.kadaster.nl/schemas/standlevering-generiek/1.0"
          xmlns:mlm="http://www.kadaster.nl/schemas/lvbag/extract-deelbestand-mutaties-lvc/v20200601"
          xmlns:ml="http://www.kadaster.nl/schemas/mutatielevering-generiek/1.0"
          xmlns:gwr-bestand="www.kadaster.nl/schemas/lvbag/gem-wpl-rel/gwr-deelbestand-lvc/v20200601"
          xmlns:gwr-product="www.kadaster.nl/schemas/lvbag/gem-wpl-rel/gwr-producten-lvc/v20200601"
          xmlns:bagtypes="www.kadaster.nl/schemas/lvbag/gem-wpl-rel/bag-types/v20200601">
        """;

    private BagExtracts() {}

    static String sample(String file) {
        try (InputStream in = BagExtracts.class.getResourceAsStream(SAMPLE + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A stand file ({@code bagStand}) holding {@code objects} (bagObject or kenmerkInOnderzoek elements). */
    static String standFile(String objects) {
        return HEADER.formatted("sl-bag-extract:bagStand") + "<sl:standBestand><sl:stand>" + objects
                + "</sl:stand></sl:standBestand></sl-bag-extract:bagStand>";
    }

    /** The sample of Doesburg in the official layout, with every extra part and junk entry. */
    static Path doesburg(Path dir) throws IOException {
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("Leveringsdocument-BAG-Extract.xml", utf8(sample("Leveringsdocument-BAG-Extract.xml")));
        outer.put(".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        for (String type : TYPES) {
            String name = "0221" + type + "15092020";
            outer.put(name + ".zip", zip(Map.of(name + "-000001.xml", utf8(sample(name + "-000001.xml")))));
        }
        outer.put("__MACOSX/._0221VBO15092020.zip", new byte[] {0, 5, 22, 7});
        outer.put(
                "0221InOnderzoek15092020.zip",
                zip(Map.of(
                        "0221IOVBO15092020.zip",
                        zip(Map.of("0221IOVBO15092020-000001.xml", utf8(standFile(KENMERK)))))));
        outer.put(
                "0221Inactief15092020.zip",
                zip(Map.of(
                        "0221IAPND15092020.zip",
                        zip(Map.of("0221IAPND15092020-000001.xml", utf8(standFile(INACTIVE_PAND)))))));
        outer.put(
                "0221NietBag15092020.zip",
                zip(Map.of(
                        "0221NBPND15092020.zip",
                        zip(Map.of(
                                "0221NBPND15092020-000001.xml", utf8(standFile(NOT_BAG_PAND)), ".DS_Store", new byte[] {
                                    1
                                })))));
        outer.put("GEM-WPL-RELATIE-15092020.zip", zip(Map.of("GEM-WPL-RELATIE-15092020.xml", utf8(RELATION))));
        Path file = dir.resolve("BAGGEM0221L-15092020.zip");
        Files.write(file, zip(outer));
        return file;
    }

    /** A mutation delivery of Doesburg for the period, holding the mutation groups given. */
    static Path mutations(Path dir, String name, String from, String until, String groups) throws IOException {
        String delivery = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xb:BAG-Extract-Levering xmlns:xb="http://www.kadaster.nl/schemas/lvbag/extract-levering/v20200601"
              xmlns:selecties-extract="http://www.kadaster.nl/schemas/lvbag/extract-selecties/v20200601">
              <xb:SelectieGegevens>
                <selecties-extract:MUT-Extract>
                  <selecties-extract:StandTechnischeDatum>%2$s</selecties-extract:StandTechnischeDatum>
                  <selecties-extract:Mutatieperiode>
                    <selecties-extract:MutatiedatumVanaf>%1$s</selecties-extract:MutatiedatumVanaf>
                    <selecties-extract:MutatiedatumTot>%2$s</selecties-extract:MutatiedatumTot>
                  </selecties-extract:Mutatieperiode>
                </selecties-extract:MUT-Extract>
                <selecties-extract:Gebied-Registratief><selecties-extract:Gebied-GEM>
                  <selecties-extract:GemeenteCollectie><selecties-extract:Gemeente>
                    <selecties-extract:GemeenteIdentificatie>0221</selecties-extract:GemeenteIdentificatie>
                  </selecties-extract:Gemeente></selecties-extract:GemeenteCollectie>
                </selecties-extract:Gebied-GEM></selecties-extract:Gebied-Registratief>
              </xb:SelectieGegevens>
            </xb:BAG-Extract-Levering>""".formatted(from, until);
        String file = HEADER.formatted("mlm:bagMutaties") + "<ml:mutatieBericht><ml:dataset>LVBAG</ml:dataset>"
                + "<ml:mutatieGroep>" + groups + "</ml:mutatieGroep></ml:mutatieBericht></mlm:bagMutaties>";
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("Leveringsdocument-BAG-Extract.xml", utf8(delivery));
        outer.put("0221MUT.zip", zip(Map.of("0221MUT-000001.xml", utf8(file))));
        outer.put("__MACOSX/._0221MUT.zip", new byte[] {0});
        Path path = dir.resolve(name);
        Files.write(path, zip(outer));
        return path;
    }

    static final String KENMERK = """
        <sl-bag-extract:kenmerkInOnderzoek>
          <KenmerkInOnderzoek:KenmerkVerblijfsobjectInOnderzoek>
            <KenmerkInOnderzoek:kenmerk>oppervlakte</KenmerkInOnderzoek:kenmerk>
            <KenmerkInOnderzoek:identificatieVanVerblijfsobject>
              <Objecten-ref:VerblijfsobjectRef domein="NL.IMBAG.Verblijfsobject">0221010000330226</Objecten-ref:VerblijfsobjectRef>
            </KenmerkInOnderzoek:identificatieVanVerblijfsobject>
            <KenmerkInOnderzoek:inOnderzoek>J</KenmerkInOnderzoek:inOnderzoek>
            <KenmerkInOnderzoek:documentdatum>2020-08-01</KenmerkInOnderzoek:documentdatum>
            <KenmerkInOnderzoek:documentnummer>BAG/IO2020</KenmerkInOnderzoek:documentnummer>
            <KenmerkInOnderzoek:historieInOnderzoek><Historie:HistorieInOnderzoek>
              <Historie:tijdstipRegistratie>2020-08-01T10:00:00.000</Historie:tijdstipRegistratie>
              <Historie:beginGeldigheid>2020-08-01</Historie:beginGeldigheid>
            </Historie:HistorieInOnderzoek></KenmerkInOnderzoek:historieInOnderzoek>
          </KenmerkInOnderzoek:KenmerkVerblijfsobjectInOnderzoek>
        </sl-bag-extract:kenmerkInOnderzoek>""";

    static String pand(String id, int voorkomen, String year) {
        return """
            <sl-bag-extract:bagObject><Objecten:Pand>
              <Objecten:identificatie domein="NL.IMBAG.Pand">%s</Objecten:identificatie>
              <Objecten:geometrie><gml:Polygon srsDimension="2"><gml:exterior><gml:LinearRing>
                <gml:posList>0 0 10 0 10 20 0 20 0 0</gml:posList>
              </gml:LinearRing></gml:exterior></gml:Polygon></Objecten:geometrie>
              <Objecten:oorspronkelijkBouwjaar>%s</Objecten:oorspronkelijkBouwjaar>
              <Objecten:status>Pand in gebruik</Objecten:status>
              <Objecten:voorkomen><Historie:Voorkomen>
                <Historie:voorkomenidentificatie>%d</Historie:voorkomenidentificatie>
                <Historie:beginGeldigheid>2001-01-01</Historie:beginGeldigheid>
                <Historie:tijdstipRegistratie>2001-01-01T00:00:00.000</Historie:tijdstipRegistratie>
              </Historie:Voorkomen></Objecten:voorkomen>
            </Objecten:Pand></sl-bag-extract:bagObject>""".formatted(id, year, voorkomen);
    }

    /** An inactive voorkomen: without an end date, yet not current because it is in the Inactief part. */
    static final String INACTIVE_PAND = pand("0221100000399991", 1, "1970");

    static final String NOT_BAG_PAND = pand("0221100000399992", 1, "1980");

    static final String RELATION = HEADER.formatted("gwr-bestand:BAG-GWR-Deelbestand-LVC") + """
          <gwr-bestand:SelectieGegevens>
            <selecties-extract:StandTechnischeDatum>2020-09-15</selecties-extract:StandTechnischeDatum>
          </gwr-bestand:SelectieGegevens>
          <gwr-bestand:Product><gwr-product:GemeenteWoonplaatsRelatieProduct>
            <gwr-product:GemeenteWoonplaatsRelatie>
              <gwr-product:tijdvakgeldigheid>
                <bagtypes:begindatumTijdvakGeldigheid>2010-01-01</bagtypes:begindatumTijdvakGeldigheid>
              </gwr-product:tijdvakgeldigheid>
              <gwr-product:gerelateerdeWoonplaats><gwr-product:identificatie>2142</gwr-product:identificatie></gwr-product:gerelateerdeWoonplaats>
              <gwr-product:gerelateerdeGemeente><gwr-product:identificatie>0221</gwr-product:identificatie></gwr-product:gerelateerdeGemeente>
              <gwr-product:status>definitief</gwr-product:status>
            </gwr-product:GemeenteWoonplaatsRelatie>
          </gwr-product:GemeenteWoonplaatsRelatieProduct></gwr-bestand:Product>
        </gwr-bestand:BAG-GWR-Deelbestand-LVC>""";

    static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
