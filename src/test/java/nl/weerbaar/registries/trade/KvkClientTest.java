package nl.weerbaar.registries.trade;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.Establishment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KVK adapter against a local stand-in serving the documented answers, over HTTP and over TLS. */
class KvkClientTest {

    private static final String KEY = "l7xx-test-key";
    private static final String PASSWORD = "changeit-test";

    @TempDir
    static Path dir;

    private static WireMockServer kvk;
    private static Path trustStore;

    @BeforeAll
    static void start() throws Exception {
        Path keyStore = dir.resolve("server.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "kvk",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keyStore.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            server.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("private-root", server.getCertificate("kvk"));
        trustStore = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, "trust-pw".toCharArray());
        }
        kvk = new WireMockServer(options()
                .dynamicPort()
                .dynamicHttpsPort()
                .keystorePath(keyStore.toString())
                .keystoreType("PKCS12")
                .keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
        kvk.start();
    }

    @AfterAll
    static void stop() {
        kvk.stop();
    }

    @BeforeEach
    void stubs() throws IOException {
        kvk.resetAll();
        kvk.stubFor(get(anyUrl())
                .atPriority(1)
                .withHeader("apikey", notContaining(KEY))
                .willReturn(aResponse().withStatus(401).withBody("{\"fout\":[{\"code\":\"IPD0001\"}]}")));
        kvk.stubFor(get(urlPathEqualTo("/api/v2/zoeken"))
                .withQueryParam("kvkNummer", equalTo("90004973"))
                .willReturn(okJson(json("zoeken-kvknummer.json"))));
        kvk.stubFor(get(urlPathEqualTo("/api/v2/zoeken"))
                .withQueryParam("naam", equalTo("Niemand"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("fout-geen-resultaten.json"))));
        kvk.stubFor(
                get(urlPathEqualTo("/api/v1/basisprofielen/90004973")).willReturn(okJson(json("basisprofiel.json"))));
        kvk.stubFor(get(urlPathEqualTo("/api/v1/basisprofielen/123"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("fout-ongeldig.json"))));
        kvk.stubFor(get(urlPathEqualTo("/api/v1/vestigingsprofielen/000052781231"))
                .withQueryParam("geoData", equalTo("true"))
                .willReturn(okJson(json("vestigingsprofiel.json"))));
    }

    @Test
    void searchOnKvkNumberGivesEstablishmentAndLegalPerson() {
        List<Establishment> found = client(http(), KEY).searchByKvkNumber("90004973");
        assertThat(found).hasSize(2);
        Establishment main = found.get(0);
        assertThat(main.establishmentNumber()).isEqualTo("000052781231");
        assertThat(main.name()).isEqualTo("Bakkerij de Korenschoof");
        assertThat(main.address()).isEqualTo(new AddressKey("9999XA", 12, "A", null));
        assertThat(main.addressableObjectId()).isNull();
        assertThat(found.get(1).establishmentNumber()).isNull();
        assertThat(found.get(1).address()).isNull();
        kvk.verify(getRequestedFor(urlPathEqualTo("/api/v2/zoeken")).withHeader("apikey", equalTo(KEY)));
    }

    @Test
    void searchWithoutResultsIsEmpty() {
        assertThat(client(http(), KEY).searchByName("Niemand")).isEmpty();
    }

    @Test
    void basicProfileGivesNamesInOrderAndMainActivityFirst() {
        KvkClient.Business b = client(http(), KEY).business("90004973").orElseThrow();
        assertThat(b.name()).isEqualTo("Bakkerij de Korenschoof B.V.");
        assertThat(b.tradeNames()).containsExactly("Bakkerij de Korenschoof", "Korenschoof Lunchroom");
        assertThat(b.sbiCodes()).containsExactly("1071", "5610");
        assertThat(b.legalForm()).isEqualTo("BeslotenVennootschap");
        assertThat(b.mainEstablishment()).isEqualTo("000052781231");
        assertThat(b.employees()).isEqualTo(7);
    }

    @Test
    void unknownBusinessIsEmpty() {
        assertThat(client(http(), KEY).business("11111111")).isEmpty();
    }

    @Test
    void establishmentProfileGivesTheVisitingAddressWithItsBagIds() {
        Establishment e = client(http(), KEY).establishment("000052781231").orElseThrow();
        assertThat(e.address()).isEqualTo(new AddressKey("9999XA", 12, "a", "2"));
        assertThat(e.addressableObjectId()).isEqualTo("9999010000012345");
        assertThat(e.numberDesignationId()).isEqualTo("9999200000012345");
        assertThat(e.sbiCodes()).containsExactly("1071");
    }

    @Test
    void aMalformedQuestionSaysWhatKvkObjected() {
        assertThatThrownBy(() -> client(http(), KEY).business("123"))
                .isInstanceOf(KvkException.class)
                .hasMessageContaining("IPD0004")
                .extracting(e -> ((KvkException) e).reason())
                .isEqualTo(KvkException.Reason.BAD_QUESTION);
    }

    @Test
    void aWrongKeyIsToldApartFromKvkBeingDown() {
        assertThatThrownBy(() -> client(http(), "wrong").searchByKvkNumber("90004973"))
                .isInstanceOf(KvkException.class)
                .extracting(e -> ((KvkException) e).reason(), e -> ((KvkException) e).messageKey())
                .containsExactly(KvkException.Reason.KEY_REFUSED, "registries.kvk.error.key-refused");
    }

    @Test
    void noKeyMeansNotConfiguredWithoutCallingKvk() {
        KvkClient client = client(http(), "");
        assertThat(client.configured()).isFalse();
        assertThatThrownBy(() -> client.searchByKvkNumber("90004973"))
                .extracting(e -> ((KvkException) e).reason())
                .isEqualTo(KvkException.Reason.NOT_CONFIGURED);
        assertThat(kvk.getAllServeEvents()).isEmpty();
    }

    @Test
    void nobodyListeningIsUnavailable() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThatThrownBy(
                        () -> client("http://127.0.0.1:" + closed + "/api", KEY).searchByKvkNumber("90004973"))
                .extracting(e -> ((KvkException) e).reason(), e -> ((KvkException) e).messageKey())
                .containsExactly(KvkException.Reason.UNAVAILABLE, "registries.kvk.error.unavailable");
    }

    @Test
    void aServerErrorOrASlowAnswerIsUnavailable() throws IOException {
        kvk.stubFor(get(urlPathEqualTo("/api/v1/basisprofielen/22222222"))
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
        kvk.stubFor(get(urlPathEqualTo("/api/v1/basisprofielen/33333333"))
                .willReturn(okJson(json("basisprofiel.json")).withFixedDelay(1500)));
        KvkClient client = client(http(), KEY);
        assertThatThrownBy(() -> client.business("22222222"))
                .extracting(e -> ((KvkException) e).reason())
                .isEqualTo(KvkException.Reason.UNAVAILABLE);
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.business("33333333"))
                .extracting(e -> ((KvkException) e).reason())
                .isEqualTo(KvkException.Reason.UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1400));
    }

    @Test
    void anAnswerThatIsNotJsonIsABadAnswer() {
        kvk.stubFor(get(urlPathEqualTo("/api/v1/basisprofielen/44444444"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("<html>onderhoud</html>")));
        assertThatThrownBy(() -> client(http(), KEY).business("44444444"))
                .extracting(e -> ((KvkException) e).reason())
                .isEqualTo(KvkException.Reason.BAD_ANSWER);
    }

    @Test
    void overTlsOnlyTheConfiguredTrustStoreIsTrusted() {
        String https = "https://localhost:" + kvk.httpsPort() + "/api";
        KvkClient trusting = new KvkClient(new KvkSettings(
                https, KEY, trustStore.toString(), "trust-pw", Duration.ofSeconds(10), Duration.ofSeconds(20)));
        assertThat(trusting.business("90004973")).isPresent();

        KvkClient jvmDefault = client(https, KEY);
        assertThatThrownBy(() -> jvmDefault.business("90004973"))
                .extracting(e -> ((KvkException) e).reason())
                .isEqualTo(KvkException.Reason.UNAVAILABLE);
    }

    @Test
    void anUnreadableTrustStoreStopsTheStartWithItsName() {
        KvkSettings settings = new KvkSettings(
                http(), KEY, dir.resolve("missing.p12").toString(), "x", Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThatThrownBy(() -> new KvkClient(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing.p12")
                .hasMessageContaining("WEERBAAR_KVK_TRUST_STORE");
    }

    private static KvkClient client(String baseUrl, String key) {
        return new KvkClient(new KvkSettings(baseUrl, key, "", "", Duration.ofSeconds(2), Duration.ofMillis(700)));
    }

    private static String http() {
        return "http://localhost:" + kvk.port() + "/api";
    }

    private static String json(String name) throws IOException {
        try (InputStream in = KvkClientTest.class.getResourceAsStream("/registries/kvk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
