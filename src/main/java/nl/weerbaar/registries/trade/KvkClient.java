package nl.weerbaar.registries.trade;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.Establishment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * The KVK APIs: Zoeken (v2), Basisprofiel (v1) and Vestigingsprofiel (v1, with {@code geoData=true} for the BAG
 * ids). Every call sends the API key in the {@code apikey} header and trusts the configured trust store only.
 *
 * <p>Not found (404) is an empty answer, not an error. Everything else that gives no usable answer throws a {@link
 * KvkException} whose {@link KvkException.Reason} tells a wrong key from KVK being unreachable.
 */
public class KvkClient {

    private final KvkSettings settings;
    private final RestClient rest;

    public KvkClient(KvkSettings settings) {
        this.settings = settings;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .sslContext(sslContext(settings))
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        factory.setReadTimeout(settings.readTimeout());
        this.rest = RestClient.builder()
                .requestFactory(factory)
                .baseUrl(settings.baseUrl())
                .defaultHeader("apikey", settings.configured() ? settings.apiKey() : "")
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** Whether an API key is configured; without one every call throws {@link KvkException.Reason#NOT_CONFIGURED}. */
    public boolean configured() {
        return settings.configured();
    }

    /** Zoeken on a KVK number: its establishments and the legal person (without BAG ids). */
    public List<Establishment> searchByKvkNumber(String kvkNumber) {
        return search(u -> u.queryParam("kvkNummer", kvkNumber));
    }

    /** Zoeken on a name (trade name or statutory name). */
    public List<Establishment> searchByName(String name) {
        return search(u -> u.queryParam("naam", name));
    }

    /** Zoeken on an address (postcode, house number and, when given, letter); KVK ignores additions here. */
    public List<Establishment> searchByAddress(AddressKey address) {
        return search(u -> {
            u.queryParam("postcode", address.postcode()).queryParam("huisnummer", address.houseNumber());
            if (address.letter() != null) {
                u.queryParam("huisletter", address.letter());
            }
            return u;
        });
    }

    private List<Establishment> search(Function<UriBuilder, UriBuilder> query) {
        KvkDocuments.SearchResult result = get(
                u -> query.apply(u.path("/v2/zoeken"))
                        .queryParam("resultatenPerPagina", 100)
                        .build(),
                KvkDocuments.SearchResult.class);
        if (result == null || result.resultaten() == null) {
            return List.of();
        }
        List<Establishment> found = new ArrayList<>();
        for (KvkDocuments.SearchHit h : result.resultaten()) {
            KvkDocuments.DomesticAddress a =
                    h.adres() == null ? null : h.adres().binnenlandsAdres();
            found.add(new Establishment(
                    h.kvkNummer(), h.vestigingsnummer(), h.naam(), List.of(), address(a), null, null));
        }
        return found;
    }

    /** What KVK's Basisprofiel says of a business; empty when KVK does not know the number. */
    public Optional<Business> business(String kvkNumber) {
        KvkDocuments.BasicProfile p =
                get(u -> u.path("/v1/basisprofielen/{kvk}").build(kvkNumber), KvkDocuments.BasicProfile.class);
        if (p == null) {
            return Optional.empty();
        }
        List<String> names = p.handelsnamen() == null
                ? List.of()
                : p.handelsnamen().stream()
                        .sorted(Comparator.comparing(n -> n.volgorde() == null ? Integer.MAX_VALUE : n.volgorde()))
                        .map(KvkDocuments.TradeName::naam)
                        .toList();
        String legalForm = p.embedded() == null || p.embedded().eigenaar() == null
                ? null
                : p.embedded().eigenaar().rechtsvorm();
        String main = p.embedded() == null || p.embedded().hoofdvestiging() == null
                ? null
                : p.embedded().hoofdvestiging().vestigingsnummer();
        return Optional.of(new Business(
                p.kvkNummer(),
                p.naam(),
                names,
                legalForm,
                p.formeleRegistratiedatum(),
                p.totaalWerkzamePersonen(),
                sbi(p.sbiActiviteiten()),
                main));
    }

    /** Vestigingsprofiel with geo data: the establishment at its visiting address with the BAG ids. */
    public Optional<Establishment> establishment(String establishmentNumber) {
        KvkDocuments.EstablishmentProfile p = get(
                u -> u.path("/v1/vestigingsprofielen/{nr}")
                        .queryParam("geoData", true)
                        .build(establishmentNumber),
                KvkDocuments.EstablishmentProfile.class);
        if (p == null) {
            return Optional.empty();
        }
        KvkDocuments.Address visit = p.adressen() == null
                ? null
                : p.adressen().stream()
                        .filter(a -> "bezoekadres".equalsIgnoreCase(a.type()))
                        .filter(a -> !"Ja".equalsIgnoreCase(a.indAfgeschermd()))
                        .findFirst()
                        .orElse(null);
        AddressKey key = visit == null || visit.postcode() == null || visit.huisnummer() == null
                ? null
                : new AddressKey(
                        visit.postcode(), visit.huisnummer(), visit.huisletter(), visit.huisnummerToevoeging());
        KvkDocuments.GeoData geo = visit == null ? null : visit.geoData();
        return Optional.of(new Establishment(
                p.kvkNummer(),
                p.vestigingsnummer(),
                p.eersteHandelsnaam(),
                sbi(p.sbiActiviteiten()),
                key,
                geo == null ? null : geo.addresseerbaarObjectId(),
                geo == null ? null : geo.nummerAanduidingId()));
    }

    /**
     * A business as the Basisprofiel describes it.
     *
     * @param tradeNames in KVK's order
     * @param registered the formal registration date as KVK writes it ({@code yyyyMMdd}); may be null
     * @param employees may be null
     * @param sbiCodes main activity first
     * @param mainEstablishment the hoofdvestiging's number; null for a business without one
     */
    public record Business(
            String kvkNumber,
            String name,
            List<String> tradeNames,
            String legalForm,
            String registered,
            Integer employees,
            List<String> sbiCodes,
            String mainEstablishment) {}

    private static List<String> sbi(List<KvkDocuments.Activity> activities) {
        if (activities == null) {
            return List.of();
        }
        return activities.stream()
                .sorted(Comparator.comparing(a -> "Ja".equalsIgnoreCase(a.indHoofdactiviteit()) ? 0 : 1))
                .map(KvkDocuments.Activity::sbiCode)
                .toList();
    }

    private static AddressKey address(KvkDocuments.DomesticAddress a) {
        if (a == null || a.postcode() == null || a.huisnummer() == null) {
            return null;
        }
        return new AddressKey(a.postcode(), a.huisnummer(), a.huisletter(), a.huisnummerToevoeging());
    }

    private <T> T get(Function<UriBuilder, java.net.URI> uri, Class<T> type) {
        if (!settings.configured()) {
            throw new KvkException(KvkException.Reason.NOT_CONFIGURED, "no KVK API key configured", null);
        }
        try {
            return rest.get().uri(uri).exchange((request, response) -> {
                HttpStatusCode status = response.getStatusCode();
                if (status.value() == 404) {
                    return null;
                }
                if (status.value() == 401 || status.value() == 403) {
                    throw new KvkException(
                            KvkException.Reason.KEY_REFUSED,
                            "KVK refused the API key (" + status.value() + ") for "
                                    + request.getURI().getPath(),
                            null);
                }
                if (status.value() == 400) {
                    throw new KvkException(
                            KvkException.Reason.BAD_QUESTION,
                            "KVK refused the question " + request.getURI() + ": " + problems(response),
                            null);
                }
                if (!status.is2xxSuccessful()) {
                    throw new KvkException(
                            KvkException.Reason.UNAVAILABLE,
                            "KVK answered " + status.value() + " for "
                                    + request.getURI().getPath(),
                            null);
                }
                try {
                    return response.bodyTo(type);
                } catch (RestClientException | IllegalStateException e) {
                    if (brokenOff(e)) {
                        throw new KvkException(
                                KvkException.Reason.UNAVAILABLE,
                                "KVK's answer for " + request.getURI().getPath() + " broke off: " + e.getMessage(),
                                e);
                    }
                    throw new KvkException(
                            KvkException.Reason.BAD_ANSWER,
                            "KVK's answer for " + request.getURI().getPath() + " is not the documented JSON",
                            e);
                }
            });
        } catch (KvkException e) {
            throw e;
        } catch (RestClientException e) {
            throw new KvkException(
                    KvkException.Reason.UNAVAILABLE,
                    "KVK cannot be reached at " + settings.baseUrl() + ": " + e.getMessage(),
                    e);
        }
    }

    private static String problems(
            org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        try {
            KvkDocuments.Problems p = response.bodyTo(KvkDocuments.Problems.class);
            if (p == null || p.fout() == null) {
                return "no reason given";
            }
            return p.fout().stream()
                    .map(f -> f.code() + " " + f.omschrijving())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("no reason given");
        } catch (RuntimeException e) {
            return "no reason given";
        }
    }

    /** Whether reading the answer stopped on the connection (a timeout, a reset) rather than on its content. */
    private static boolean brokenOff(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The trust store named in the settings, or the JVM's default when none is. */
    static SSLContext sslContext(KvkSettings settings) {
        try {
            if (settings.trustStore() == null || settings.trustStore().isBlank()) {
                return SSLContext.getDefault();
            }
            Path path = Path.of(settings.trustStore());
            String type = path.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".jks")
                    ? "JKS"
                    : "PKCS12";
            char[] password = settings.trustStorePassword() == null
                    ? new char[0]
                    : settings.trustStorePassword().toCharArray();
            KeyStore store = KeyStore.getInstance(type);
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, password);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The KVK trust store " + settings.trustStore()
                            + " cannot be read (weerbaar.kvk.trust-store / WEERBAAR_KVK_TRUST_STORE): "
                            + e.getMessage(),
                    e);
        }
    }
}
