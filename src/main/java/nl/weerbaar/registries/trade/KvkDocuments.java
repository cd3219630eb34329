package nl.weerbaar.registries.trade;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The parts of the KVK APIs' JSON answers that the platform reads (Zoeken v2, Basisprofiel v1, Vestigingsprofiel
 * v1). Field names are KVK's; every other field is ignored, so KVK may add fields without breaking the adapter.
 */
final class KvkDocuments {

    private KvkDocuments() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchResult(Integer pagina, Integer resultatenPerPagina, Integer totaal, List<SearchHit> resultaten) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchHit(
            String kvkNummer, String vestigingsnummer, String naam, SearchAddress adres, String type, String actief) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchAddress(DomesticAddress binnenlandsAdres) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DomesticAddress(
            String type,
            String straatnaam,
            Integer huisnummer,
            String huisletter,
            String huisnummerToevoeging,
            String postcode,
            String plaats) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BasicProfile(
            String kvkNummer,
            String naam,
            String formeleRegistratiedatum,
            Integer totaalWerkzamePersonen,
            List<TradeName> handelsnamen,
            List<Activity> sbiActiviteiten,
            @JsonProperty("_embedded") Embedded embedded) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Embedded(EstablishmentProfile hoofdvestiging, Owner eigenaar) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Owner(String rechtsvorm, String uitgebreideRechtsvorm) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TradeName(String naam, Integer volgorde) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Activity(String sbiCode, String sbiOmschrijving, String indHoofdactiviteit) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EstablishmentProfile(
            String vestigingsnummer,
            String kvkNummer,
            String eersteHandelsnaam,
            String indHoofdvestiging,
            Integer totaalWerkzamePersonen,
            List<Address> adressen,
            List<Activity> sbiActiviteiten) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(
            String type,
            String indAfgeschermd,
            String straatnaam,
            Integer huisnummer,
            String huisletter,
            String huisnummerToevoeging,
            String postcode,
            String plaats,
            GeoData geoData) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GeoData(String addresseerbaarObjectId, String nummerAanduidingId, Double gpsLatitude, Double gpsLongitude) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problems(List<Problem> fout) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String code, String omschrijving) {}
}
