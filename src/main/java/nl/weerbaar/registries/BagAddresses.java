package nl.weerbaar.registries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the BAG knows about an address: the address itself (street, number, postcode, residence) with the
 * verblijfsobjecten, ligplaatsen and standplaatsen at it, their use and area, and the buildings (panden) they are in.
 * Current state only. The BAG is public data: this facade records nothing; a page that shows a lookup to a person
 * records the lookup with its purpose itself.
 */
public interface BagAddresses {

    /**
     * One address (nummeraanduiding). {@code houseLetter}, {@code addition}, {@code street}, {@code residence} and
     * {@code municipalityCode} may be null.
     */
    record Address(
            String id,
            String street,
            int houseNumber,
            String houseLetter,
            String addition,
            String postcode,
            String residence,
            String municipalityCode,
            String status,
            List<String> inOnderzoek,
            List<AddressableObject> objects) {}

    /**
     * A verblijfsobject ({@code kind} VBO), ligplaats (LIG) or standplaats (STA) at the address; {@code mainAddress}
     * false when the address is a nevenadres of it. {@code area} (m²), {@code x} and {@code y} (Rijksdriehoek) may be
     * null; {@code uses} is empty for ligplaatsen and standplaatsen.
     */
    record AddressableObject(
            String id,
            String kind,
            String status,
            List<String> uses,
            Integer area,
            Double x,
            Double y,
            boolean mainAddress,
            List<String> inOnderzoek,
            List<Building> buildings) {}

    /** A pand; {@code constructionYear} (oorspronkelijk bouwjaar), {@code x} and {@code y} may be null. */
    record Building(String id, Integer constructionYear, String status, Double x, Double y, List<String> inOnderzoek) {}

    /**
     * The stand in the registry: {@code status} EMPTY, LOADING or READY; the rest may be null before the first load.
     * {@code area} is {@code NLD} or the municipality codes of the extract.
     */
    record Stand(
            String status,
            String extractName,
            String area,
            String areaName,
            LocalDate standDate,
            LocalDate mutationsUntil,
            Instant startedAt,
            Instant finishedAt,
            long objects,
            long bytesDone,
            long bytesTotal) {

        /** The date the data is current to: the last mutations applied, else the stand's date. */
        public LocalDate currentTo() {
            return mutationsUntil != null ? mutationsUntil : standDate;
        }
    }

    /**
     * The addresses at a postcode and house number, narrowed by letter and addition when given (null or blank: every
     * address at the number). Postcode and letter are compared without case and spaces. Empty when none.
     */
    List<Address> find(String postcode, int houseNumber, String houseLetter, String addition);

    /**
     * The address of a BAG id: of a nummeraanduiding, or of a verblijfsobject, ligplaats or standplaats (its main
     * address). Empty for an unknown id or another kind of object.
     */
    Optional<Address> byId(String bagId);

    Stand stand();
}
