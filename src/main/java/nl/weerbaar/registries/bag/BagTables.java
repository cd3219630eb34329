package nl.weerbaar.registries.bag;

import java.sql.SQLException;
import java.util.List;

/** Which table and columns each BAG object type goes to, and the row of one voorkomen. */
final class BagTables {

    static final List<String> OBJECT_TABLES = List.of(
            "bag_woonplaats", "bag_openbare_ruimte", "bag_nummeraanduiding", "bag_adresseerbaar_object", "bag_pand");

    private static final String COMMON =
            "id, voorkomen, current, status, begin_geldigheid, eind_geldigheid, registered_at, registered_until";

    private BagTables() {}

    static String table(String type) {
        return switch (type) {
            case "WPL" -> "bag_woonplaats";
            case "OPR" -> "bag_openbare_ruimte";
            case "NUM" -> "bag_nummeraanduiding";
            case "PND" -> "bag_pand";
            default -> "bag_adresseerbaar_object";
        };
    }

    /** The COPY target of {@code type} in {@code table} (the registry's table or a staging copy of it). */
    static String target(String type, String table) {
        return table + " (" + COMMON + ", "
                + switch (type) {
                    case "WPL" -> "naam, x, y";
                    case "OPR" -> "naam, type, woonplaats_id";
                    case "NUM" ->
                        "postcode, huisnummer, huisletter, toevoeging, object_type, openbare_ruimte_id, woonplaats_id";
                    case "PND" -> "bouwjaar, x, y";
                    default -> "kind, hoofdadres_id, nevenadres_ids, gebruiksdoelen, oppervlakte, pand_ids, x, y";
                }
                + ")";
    }

    /** Writes {@code o} as a row of {@code target}; {@code inactive} forces it out of the current state. */
    static void write(CopyRows rows, BagObject o, String target, boolean inactive) throws SQLException {
        rows.row(target)
                .text(o.id)
                .integer(o.voorkomen)
                .bool(!inactive && o.current())
                .text(o.status)
                .text(o.beginGeldigheid)
                .text(o.eindGeldigheid)
                .text(o.registeredAt)
                .text(o.registeredUntil);
        boolean known = o.centroid.known();
        switch (o.type) {
            case "WPL" ->
                rows.text(o.naam).number(known ? o.centroid.x() : 0, known).number(known ? o.centroid.y() : 0, known);
            case "OPR" -> rows.text(o.naam).text(o.oprType).text(o.woonplaatsId);
            case "NUM" ->
                rows.text(o.postcode)
                        .integer(o.huisnummer)
                        .text(o.huisletter)
                        .text(o.toevoeging)
                        .text(o.objectType)
                        .text(o.openbareRuimteId)
                        .text(o.woonplaatsId);
            case "PND" ->
                rows.integer(o.bouwjaar)
                        .number(known ? o.centroid.x() : 0, known)
                        .number(known ? o.centroid.y() : 0, known);
            default ->
                rows.text(o.type)
                        .text(o.hoofdadresId)
                        .array(o.nevenadresIds)
                        .array(o.gebruiksdoelen)
                        .integer(o.oppervlakte)
                        .array(o.pandIds)
                        .number(known ? o.centroid.x() : 0, known)
                        .number(known ? o.centroid.y() : 0, known);
        }
        rows.end();
    }
}
