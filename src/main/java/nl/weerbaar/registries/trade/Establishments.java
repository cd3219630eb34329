package nl.weerbaar.registries.trade;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.Establishment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipality's imported trade register extract (row-level security keeps it to the current municipality). */
@Repository
public class Establishments implements nl.weerbaar.registries.TradeRegisterFacts {

    private static final String COLUMNS = """
            kvk_number, establishment_number, name, sbi_codes, postcode, house_number, house_letter, addition,
            addressable_object_id, number_designation_id, address_since""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Establishments(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Replaces the municipality's establishments with {@code rows}. */
    void replace(UUID tenantId, List<Establishment> rows) {
        jdbc.sql("DELETE FROM trade_establishment").update();
        template.batchUpdate("""
                INSERT INTO trade_establishment (tenant_id, kvk_number, establishment_number, name, sbi_codes, postcode,
                    house_number, house_letter, addition, addressable_object_id, number_designation_id, address_since)
                VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, e) -> {
            ps.setObject(1, tenantId);
            ps.setString(2, e.kvkNumber());
            ps.setString(3, e.establishmentNumber());
            ps.setString(4, e.name());
            ps.setString(5, "{" + String.join(",", e.sbiCodes()) + "}");
            ps.setString(6, e.address().postcode());
            ps.setInt(7, e.address().houseNumber());
            ps.setString(8, e.address().letter());
            ps.setString(9, e.address().addition());
            ps.setString(10, e.addressableObjectId());
            ps.setString(11, e.numberDesignationId());
            ps.setObject(12, e.addressSince());
        });
    }

    void recordImport(UUID id, UUID tenantId, Instant at, UUID by, int count, String encoding, String fileName) {
        jdbc.sql("""
                        INSERT INTO trade_import (id, tenant_id, imported_at, imported_by, establishments, encoding, file_name)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, java.sql.Timestamp.from(at), by, count, encoding, fileName)
                .update();
    }

    /** The last import loaded, if any. */
    public record LastImport(Instant importedAt, int establishments, String encoding, String fileName) {}

    java.util.Optional<LastImport> lastImport() {
        return jdbc.sql("""
                        SELECT imported_at, establishments, encoding, file_name FROM trade_import
                        ORDER BY imported_at DESC LIMIT 1""")
                .query((rs, n) ->
                        new LastImport(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /**
     * The establishments at an address: those whose BAG ids are among {@code bagIds} (nummeraanduiding or
     * addressable object), and those matching postcode, number, letter and addition. When the address has no letter
     * or addition, only establishments without one match.
     */
    @Override
    public List<Establishment> at(AddressKey address, Collection<String> bagIds) {
        String[] ids = bagIds.toArray(String[]::new);
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM trade_establishment
                        WHERE (postcode = :postcode AND house_number = :number
                               AND coalesce(house_letter, '') = :letter AND coalesce(addition, '') = :addition)
                           OR (cardinality(:ids::text[]) > 0
                               AND (addressable_object_id = ANY(:ids::text[]) OR number_designation_id = ANY(:ids::text[])))
                        ORDER BY name, establishment_number
                        LIMIT 500""")
                .param("postcode", address.postcode())
                .param("number", address.houseNumber())
                .param("letter", address.letter() == null ? "" : address.letter())
                .param("addition", address.addition() == null ? "" : address.addition())
                .param("ids", "{" + String.join(",", ids) + "}")
                .query(Establishments::row)
                .list();
    }

    @Override
    public int onStreetInDivision(String numberDesignationId, String division) {
        Integer n = jdbc.sql("""
                        WITH street AS (
                          SELECT s.id, s.postcode, s.huisnummer
                            FROM bag_nummeraanduiding s
                           WHERE s.current
                             AND s.openbare_ruimte_id = (SELECT a.openbare_ruimte_id FROM bag_nummeraanduiding a
                                                          WHERE a.id = :id AND a.current LIMIT 1))
                        SELECT count(DISTINCT e) FROM (
                          SELECT t.establishment_number AS e
                            FROM street s JOIN trade_establishment t
                              ON t.tenant_id = current_tenant() AND t.number_designation_id = s.id
                           WHERE left(t.sbi_codes[1], 2) = :division
                          UNION ALL
                          SELECT t.establishment_number
                            FROM street s JOIN trade_establishment t
                              ON t.tenant_id = current_tenant() AND t.postcode = s.postcode
                             AND t.house_number = s.huisnummer AND t.number_designation_id IS NULL
                           WHERE left(t.sbi_codes[1], 2) = :division) hits""")
                .param("id", numberDesignationId)
                .param("division", division)
                .query(Integer.class)
                .single();
        return n == null ? 0 : n;
    }

    /** The establishments of a KVK number. */
    public List<Establishment> ofKvkNumber(String kvkNumber) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM trade_establishment WHERE kvk_number = ? ORDER BY establishment_number")
                .param(kvkNumber)
                .query(Establishments::row)
                .list();
    }

    /** Establishments whose name contains {@code text} (without case), at most {@code max}. */
    public List<Establishment> named(String text, int max) {
        String pattern = "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM trade_establishment WHERE lower(name) LIKE ? ORDER BY name LIMIT ?")
                .params(pattern, max)
                .query(Establishments::row)
                .list();
    }

    private static Establishment row(ResultSet rs, int n) throws SQLException {
        Array sbi = rs.getArray("sbi_codes");
        return new Establishment(
                rs.getString("kvk_number"),
                rs.getString("establishment_number"),
                rs.getString("name"),
                sbi == null ? List.of() : Arrays.asList((String[]) sbi.getArray()),
                new AddressKey(
                        rs.getString("postcode"),
                        rs.getInt("house_number"),
                        rs.getString("house_letter"),
                        rs.getString("addition")),
                rs.getString("addressable_object_id"),
                rs.getString("number_designation_id"),
                rs.getObject("address_since", java.time.LocalDate.class));
    }
}
