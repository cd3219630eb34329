package nl.weerbaar.registries.bag;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.registries.BagAddresses.AddressableObject;
import nl.weerbaar.registries.BagAddresses.Building;
import nl.weerbaar.registries.BagAddresses.Stand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of address lookups in the current state of the BAG. */
@Repository
class BagQueries {

    /** An address row before its objects are added. */
    record AddressRow(
            String id,
            String street,
            int houseNumber,
            String houseLetter,
            String addition,
            String postcode,
            String residence,
            String municipalityCode,
            String status) {}

    private static final String ADDRESS = """
        SELECT n.id, o.naam AS street, n.huisnummer AS house_number, n.huisletter AS house_letter,
               n.toevoeging AS addition, n.postcode, w.naam AS residence,
               (SELECT g.gemeente_code FROM bag_gemeente_woonplaats g
                 WHERE g.woonplaats_id = w.id AND g.eind_geldigheid IS NULL LIMIT 1) AS municipality_code,
               n.status
          FROM bag_nummeraanduiding n
          LEFT JOIN bag_openbare_ruimte o ON o.id = n.openbare_ruimte_id AND o.current
          LEFT JOIN bag_woonplaats w ON w.id = coalesce(n.woonplaats_id, o.woonplaats_id) AND w.current
         WHERE n.current""";

    private final JdbcClient jdbc;

    BagQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AddressRow> addresses(String postcode, int number, String letter, String addition) {
        return jdbc.sql(ADDRESS + """
                   AND n.postcode = :postcode AND n.huisnummer = :number
                   AND (CAST(:letter AS text) IS NULL OR upper(n.huisletter) = :letter)
                   AND (CAST(:addition AS text) IS NULL OR upper(n.toevoeging) = :addition)
                 ORDER BY n.huisletter NULLS FIRST, n.toevoeging NULLS FIRST""")
                .param("postcode", postcode)
                .param("number", number)
                .param("letter", letter)
                .param("addition", addition)
                .query(AddressRow.class)
                .list();
    }

    Optional<AddressRow> address(String id) {
        return jdbc.sql(ADDRESS + " AND n.id = :id ORDER BY n.voorkomen DESC LIMIT 1")
                .param("id", id)
                .query(AddressRow.class)
                .optional();
    }

    /** The main address of a verblijfsobject, ligplaats or standplaats. */
    Optional<String> mainAddressOf(String objectId) {
        return jdbc.sql("SELECT hoofdadres_id FROM bag_adresseerbaar_object WHERE id = :id AND current"
                        + " ORDER BY voorkomen DESC LIMIT 1")
                .param("id", objectId)
                .query(String.class)
                .optional();
    }

    /** An object at an address, with the ids of its panden. */
    record ObjectRow(AddressableObject object, List<String> pandIds) {}

    List<ObjectRow> objects(String addressId) {
        return jdbc.sql("""
                SELECT id, kind, status, gebruiksdoelen, oppervlakte, x, y, hoofdadres_id = :id AS main, pand_ids
                  FROM bag_adresseerbaar_object
                 WHERE current AND (hoofdadres_id = :id
                       OR (current AND nevenadres_ids IS NOT NULL AND nevenadres_ids @> ARRAY[CAST(:id AS text)]))
                 ORDER BY main DESC, id""")
                .param("id", addressId)
                .query((rs, n) -> new ObjectRow(
                        new AddressableObject(
                                rs.getString("id"),
                                rs.getString("kind"),
                                rs.getString("status"),
                                strings(rs.getArray("gebruiksdoelen")),
                                (Integer) rs.getObject("oppervlakte"),
                                (Double) rs.getObject("x"),
                                (Double) rs.getObject("y"),
                                rs.getBoolean("main"),
                                List.of(),
                                List.of()),
                        strings(rs.getArray("pand_ids"))))
                .list();
    }

    List<Building> buildings(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, bouwjaar, status, x, y FROM bag_pand
                 WHERE current AND id = ANY(:ids) ORDER BY id""")
                .param("ids", ids.toArray(String[]::new))
                .query((rs, n) -> new Building(
                        rs.getString("id"),
                        (Integer) rs.getObject("bouwjaar"),
                        rs.getString("status"),
                        (Double) rs.getObject("x"),
                        (Double) rs.getObject("y"),
                        List.of()))
                .list();
    }

    /** Kenmerken in onderzoek now, per object id. */
    Map<String, List<String>> inOnderzoek(Collection<String> ids) {
        Map<String, List<String>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT object_id, kenmerk FROM bag_in_onderzoek
                 WHERE object_id = ANY(:ids) AND in_onderzoek AND eind_geldigheid IS NULL
                 ORDER BY object_id, kenmerk""").param("ids", ids.toArray(String[]::new)).query((ResultSet rs) -> {
            found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return found;
    }

    Stand stand() {
        return jdbc.sql("""
                SELECT status, extract_name, area, area_name, stand_date, mutations_until, started_at, finished_at,
                       objects, bytes_done, coalesce(extract_bytes, 0) AS bytes_total
                  FROM bag_stand""")
                .query((rs, n) -> new Stand(
                        rs.getString("status"),
                        rs.getString("extract_name"),
                        rs.getString("area"),
                        rs.getString("area_name"),
                        rs.getObject("stand_date", LocalDate.class),
                        rs.getObject("mutations_until", LocalDate.class),
                        instant(rs, "started_at"),
                        instant(rs, "finished_at"),
                        rs.getLong("objects"),
                        rs.getLong("bytes_done"),
                        rs.getLong("bytes_total")))
                .single();
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
