package nl.weerbaar.registries.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.Establishment;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trade register extract as spreadsheets and KVK's deliveries write it, and the ways it goes wrong. */
class TradeExtractIT extends IntegrationTest {

    static final String EXTRACT = """
            KvK-nummer;Vestigingsnummer;Naam;SBI-codes;Postcode;Huisnummer;Huisletter;Huisnummertoevoeging;Adresseerbaar object id;Nummeraanduiding id
            90004973;000052781231;Bakkerij de Korenschoof;1071 5610;9999 xa;12;a;;9999010000012345;9999200000012345
            90004974;000052781232;Café 't Hoekje;5630;9999XA;12;A;2;;
            1234567;52781233;Nagelstudio Één;9602;9999XB;7;;;;
            """;

    @Autowired
    TradeExtract extract;

    @Autowired
    Establishments establishments;

    UUID town;

    @BeforeEach
    void municipality() {
        town = UUID.randomUUID();
        TenantContext.runAs(
                null,
                () -> jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                        .params(town, "kvk-" + town.toString().substring(0, 8), "Gemeente Handelsregister")
                        .query()
                        .singleRow());
    }

    @Test
    void utf8WithByteOrderMarkAndSemicolonsLoadsEveryEstablishment() {
        TradeExtract.Outcome o = upload(withBom(EXTRACT.getBytes(StandardCharsets.UTF_8)));
        assertThat(o.ok()).as("%s", o.problems()).isTrue();
        assertThat(o.loaded()).isEqualTo(3);
        assertThat(o.encoding()).isEqualTo("UTF-8 (BOM)");
        Establishment bakery = TenantContext.callAs(town, () -> establishments.ofKvkNumber("90004973"))
                .get(0);
        assertThat(bakery.sbiCodes()).containsExactly("1071", "5610");
        assertThat(bakery.address()).isEqualTo(new AddressKey("9999XA", 12, "A", null));
        assertThat(bakery.addressableObjectId()).isEqualTo("9999010000012345");
        Establishment nails = TenantContext.callAs(town, () -> establishments.ofKvkNumber("01234567"))
                .get(0);
        assertThat(nails.establishmentNumber())
                .as("leading zeros a spreadsheet dropped")
                .isEqualTo("000052781233");
        assertThat(nails.name()).isEqualTo("Nagelstudio Één");
        assertThat(count("SELECT count(*) FROM trade_import")).isOne();
        assertThat(count("SELECT count(*) FROM audit_event WHERE object_type = 'trade-extract' AND action = 'IMPORT'"))
                .isOne();
    }

    @Test
    void windows1252WithCommasAndQuotes() {
        String csv = "kvknummer,vestigingsnummer,handelsnaam,postcode,huisnummer,toevoeging\r\n"
                + "90004975,000052781240,\"Snackbar Renée, de Beste\",9999XC,3,bis\r\n";
        TradeExtract.Outcome o = upload(csv.getBytes(Charset.forName("windows-1252")));
        assertThat(o.ok()).as("%s", o.problems()).isTrue();
        assertThat(o.encoding()).isEqualTo("Windows-1252");
        assertThat(TenantContext.callAs(town, () -> establishments.named("renée", 10)))
                .extracting(Establishment::name, e -> e.address().addition())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Snackbar Renée, de Beste", "BIS"));
    }

    @Test
    void missingColumnsAreNamedOnTheHeaderLineAndNothingIsLoaded() {
        TradeExtract.Outcome o =
                upload("kvknummer;naam;postcode\n90004973;X;9999XA\n".getBytes(StandardCharsets.UTF_8));
        assertThat(o.ok()).isFalse();
        assertThat(o.problems())
                .extracting(ExtractLines.Problem::line, ExtractLines.Problem::column, ExtractLines.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                1L, "vestigingsnummer", "registries.trade.import.error.column-missing"),
                        org.assertj.core.groups.Tuple.tuple(
                                1L, "huisnummer", "registries.trade.import.error.column-missing"));
        assertThat(count("SELECT count(*) FROM trade_establishment")).isZero();
    }

    @Test
    void everyBadLineIsReportedAndAGoodExtractStaysAsItWas() {
        assertThat(upload(EXTRACT.getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
        String bad = """
                kvknummer;vestigingsnummer;naam;sbi;postcode;huisnummer;huisletter;adresseerbaar object id
                90004973;000052781231;Goed;1071;9999XA;12;;
                9000497X;000052781299;;1071;12345;0;ab;9,99901E+15

                90004976;000052781231;Dubbel;47x1;9999XA;12;;
                """;
        TradeExtract.Outcome o = upload(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(o.ok()).isFalse();
        assertThat(o.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .containsExactly(
                        "3 kvknummer registries.trade.import.error.digits",
                        "3 naam registries.trade.import.error.required",
                        "3 postcode registries.trade.import.error.postcode",
                        "3 huisnummer registries.trade.import.error.house-number",
                        "3 huisletter registries.trade.import.error.letter",
                        "3 adresseerbaarobjectid registries.trade.import.error.scientific",
                        "5 sbicodes registries.trade.import.error.sbi",
                        "5 vestigingsnummer registries.trade.import.error.twice");
        assertThat(o.problems().get(7).args()).containsExactly("000052781231", 2L);
        assertThat(count("SELECT count(*) FROM trade_establishment"))
                .as("the earlier extract is untouched")
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM trade_import")).isOne();
    }

    @Test
    void aFileThatIsNoTableIsRefusedAsAWhole() {
        TradeExtract.Outcome o = upload(new byte[] {(byte) 0xFF, (byte) 0xFE, 'k', 0});
        assertThat(o.problems())
                .extracting(ExtractLines.Problem::line, ExtractLines.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "csv.error.utf16"));
        TradeExtract.Outcome empty = upload("kvknummer;vestigingsnummer;naam;postcode;huisnummer\n".getBytes());
        assertThat(empty.problems())
                .extracting(ExtractLines.Problem::messageKey)
                .containsExactly("registries.trade.import.error.empty");
    }

    @Test
    void aNewExtractReplacesTheOldOneAndOtherMunicipalitiesSeeNothing() {
        assertThat(upload(EXTRACT.getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
        String next = "kvknummer;vestigingsnummer;naam;postcode;huisnummer\n90009999;000099999999;Nieuw;9999XZ;1\n";
        assertThat(upload(next.getBytes(StandardCharsets.UTF_8)).loaded()).isOne();
        assertThat(count("SELECT count(*) FROM trade_establishment")).isOne();
        assertThat(TenantContext.callAs(
                        nl.weerbaar.support.Demo.KLEINDORP, () -> establishments.ofKvkNumber("90009999")))
                .isEmpty();
    }

    @Test
    void establishmentsAtAnAddressMatchOnBagIdsOrOnTheWholeAddress() {
        assertThat(upload(EXTRACT.getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
        List<Establishment> plain =
                TenantContext.callAs(town, () -> establishments.at(new AddressKey("9999xa", 12, "a", null), List.of()));
        assertThat(plain).extracting(Establishment::name).containsExactly("Bakkerij de Korenschoof");
        List<Establishment> withAddition =
                TenantContext.callAs(town, () -> establishments.at(new AddressKey("9999XA", 12, "A", "2"), List.of()));
        assertThat(withAddition).extracting(Establishment::name).containsExactly("Café 't Hoekje");
        List<Establishment> byId = TenantContext.callAs(
                town, () -> establishments.at(new AddressKey("9999ZZ", 1, null, null), List.of("9999200000012345")));
        assertThat(byId).extracting(Establishment::name).containsExactly("Bakkerij de Korenschoof");
    }

    @Test
    void theDemoImportsAMadeUpExtractForVoorbeeldstadThroughTheImport() {
        assertThat(TenantContext.callAs(
                        nl.weerbaar.support.Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM trade_import WHERE file_name = 'demo-uittreksel.csv'")
                                .query(Long.class)
                                .single()))
                .isOne();
    }

    private TradeExtract.Outcome upload(byte[] file) {
        return TenantContext.callAs(town, () -> extract.upload(file, "uittreksel.csv"));
    }

    private long count(String sql) {
        return TenantContext.callAs(town, () -> jdbc.sql(sql).query(Long.class).single());
    }

    private static byte[] withBom(byte[] body) {
        byte[] file = new byte[body.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(body, 0, file, 3, body.length);
        return file;
    }
}
