package nl.weerbaar.registries.bag;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Applies a mutation delivery to the loaded stand (ADR 0701), all or nothing in one transaction. A file applies only
 * when its period starts on the date the registry is current to (the stand's technical date, or the end of the last
 * mutations applied), as in brmo's loader; any other is refused with the period needed. A national file applies to
 * a municipality's stand filtered by its code.
 */
final class MutationLoader {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String PREFIX = "bag_mut_";

    private final DataSource dataSource;
    private final Supplier<Instant> clock;

    MutationLoader(DataSource dataSource, Supplier<Instant> clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    record Applied(LocalDate from, LocalDate until, int changes) {}

    Applied apply(Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        try (ExtractWalker walker = new ExtractWalker(file);
                Connection c = dataSource.getConnection()) {
            DeliveryDocument delivery = walker.delivery();
            if (!delivery.mutations()) {
                throw new BagRefusedException("registries.bag.error.notMutations", name);
            }
            BagLoader.lock(c);
            try {
                c.setAutoCommit(false);
                String area = check(c, delivery, name);
                int changes = stage(c, walker, area, name);
                merge(c);
                try (PreparedStatement st = c.prepareStatement("UPDATE bag_stand SET mutations_until = ?")) {
                    st.setDate(1, Date.valueOf(delivery.mutationsUntil()));
                    st.executeUpdate();
                }
                try (PreparedStatement st = c.prepareStatement("""
                        INSERT INTO bag_mutation_file (name, period_from, period_until, changes, applied_at)
                        VALUES (?, ?, ?, ?, ?)""")) {
                    st.setString(1, name);
                    st.setDate(2, Date.valueOf(delivery.mutationsFrom()));
                    st.setDate(3, Date.valueOf(delivery.mutationsUntil()));
                    st.setInt(4, changes);
                    st.setTimestamp(5, Timestamp.from(clock.get()));
                    st.executeUpdate();
                }
                c.commit();
                return new Applied(delivery.mutationsFrom(), delivery.mutationsUntil(), changes);
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                BagLoader.unlock(c);
            }
        }
    }

    /** Refuses a file that does not follow the loaded stand; returns the stand's area. */
    private static String check(Connection c, DeliveryDocument d, String name) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT status, area, coalesce(mutations_until, stand_date) FROM bag_stand FOR UPDATE")) {
            rs.next();
            if (!"READY".equals(rs.getString(1))) {
                throw new BagRefusedException("registries.bag.error.noStand", name);
            }
            String area = rs.getString(2);
            LocalDate current = rs.getObject(3, LocalDate.class);
            if (!d.mutationsFrom().equals(current)) {
                throw new BagRefusedException(
                        "registries.bag.error.outOfOrder",
                        name,
                        DUTCH.format(d.mutationsFrom()),
                        DUTCH.format(d.mutationsUntil()),
                        DUTCH.format(current));
            }
            if (!d.national() && !d.area().equals(area)) {
                throw new BagRefusedException("registries.bag.error.otherArea", name, d.area(), area);
            }
            return area;
        }
    }

    private static int stage(Connection c, ExtractWalker walker, String area, String name)
            throws IOException, SQLException {
        for (String table : BagTables.OBJECT_TABLES) {
            BagLoader.exec(
                    c, "CREATE TEMP TABLE " + PREFIX + table.substring(4) + " (LIKE " + table + ") ON COMMIT DROP");
        }
        BagLoader.exec(
                c, "CREATE TEMP TABLE " + PREFIX + "removed (tbl text, id text, voorkomen integer) ON COMMIT DROP");
        List<String> codes = "NLD".equals(area) ? List.of() : List.of(area.split(","));
        CopyRows rows = new CopyRows(c);
        BagXmlReader reader = new BagXmlReader();
        Map<String, String> targets = new HashMap<>();
        int[] changes = {0};
        BagXmlReader.Sink sink = (o, change) -> {
            if (!"WPL".equals(o.type) && !codes.isEmpty() && !codes.contains(o.id.substring(0, 4))) {
                return;
            }
            try {
                String table = BagTables.table(o.type);
                if (change == BagXmlReader.Change.REMOVE) {
                    rows.row(PREFIX + "removed (tbl, id, voorkomen)")
                            .text(table)
                            .text(o.id)
                            .integer(o.voorkomen)
                            .end();
                } else {
                    String target =
                            targets.computeIfAbsent(o.type, t -> BagTables.target(t, PREFIX + table.substring(4)));
                    BagTables.write(rows, o, target, false);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            changes[0]++;
        };
        try {
            walker.walk((part, kind, in) -> {
                if (kind == ExtractWalker.Kind.OBJECTS) {
                    reader.read(in, sink);
                }
            });
        } catch (IOException | SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new BagRefusedException("registries.bag.error.xmlUnreadable", name);
        }
        rows.flush();
        if (!codes.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + PREFIX + "woonplaats m WHERE NOT EXISTS ("
                    + "SELECT 1 FROM bag_gemeente_woonplaats g WHERE g.woonplaats_id = m.id AND g.gemeente_code = ANY(?))"
                    + " AND NOT EXISTS (SELECT 1 FROM bag_woonplaats w WHERE w.id = m.id)")) {
                st.setArray(1, c.createArrayOf("text", codes.toArray()));
                st.executeUpdate();
            }
        }
        return changes[0];
    }

    private static void merge(Connection c) throws SQLException {
        for (String table : BagTables.OBJECT_TABLES) {
            String staged = PREFIX + table.substring(4);
            BagLoader.exec(
                    c,
                    "DELETE FROM " + table + " t USING " + staged
                            + " m WHERE t.id = m.id AND t.voorkomen = m.voorkomen");
            BagLoader.exec(c, "INSERT INTO " + table + " SELECT * FROM " + staged);
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " t USING " + PREFIX
                    + "removed r WHERE r.tbl = ? AND t.id = r.id AND t.voorkomen = r.voorkomen")) {
                st.setString(1, table);
                st.executeUpdate();
            }
        }
    }
}
