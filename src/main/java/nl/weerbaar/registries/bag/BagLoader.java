package nl.weerbaar.registries.bag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a stand of the BAG from Kadaster's extract (ADR 0700, 0701): streams every XML part through StAX into COPY,
 * one transaction per part together with the note that the part is in, so that a load that is stopped or killed
 * resumes after the last part it finished and ends with the same rows. Indexes are dropped before and built after
 * the load; the tables are unlogged while it runs. Plain JDBC without Spring, so that it runs in the application and
 * on its own ({@link BagLoadMain}) alike.
 */
final class BagLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BagLoader.class);

    /** Key of the advisory lock that keeps two loads (or a load and a mutation) apart. */
    static final long LOCK = 0x0BA6_0001L;

    private final DataSource dataSource;
    private final Supplier<Instant> clock;
    private final LoadProgress progress;
    private long interruptAfter = -1;

    BagLoader(DataSource dataSource, Supplier<Instant> clock, LoadProgress progress) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.progress = progress;
    }

    /** For tests: the load fails, as if killed, in the middle of the part holding object number {@code objects}. */
    BagLoader interruptAfter(long objects) {
        this.interruptAfter = objects;
        return this;
    }

    /** Thrown by {@link #interruptAfter}. */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("load interrupted on purpose");
        }
    }

    /** How long each step of a load took, in milliseconds. */
    record Breakdown(long total, long inflate, long parse, long copy, long indexes, long logged) {}

    record Result(DeliveryDocument delivery, long objects, int parts, int resumedParts, Breakdown breakdown) {}

    Result loadStand(Path file) throws IOException, SQLException {
        long start = System.nanoTime();
        String name = file.getFileName().toString();
        long size = Files.size(file);
        try (ExtractWalker walker = new ExtractWalker(file);
                Connection c = dataSource.getConnection()) {
            DeliveryDocument delivery = walker.delivery();
            if (delivery.mutations()) {
                throw new BagRefusedException("registries.bag.error.notAStand", name);
            }
            lock(c);
            try {
                c.setAutoCommit(false);
                Set<String> done = beginOrResume(c, name, size, delivery);
                progress.started(name, walker.totalBytes(), objectsSoFar(c), done.size());
                Parts parts = new Parts(c, walker, done);
                try {
                    walker.walk(parts::part);
                } catch (IOException | SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } catch (javax.xml.stream.XMLStreamException e) {
                    c.rollback();
                    throw new BagRefusedException("registries.bag.error.xmlUnreadable", name);
                } catch (Exception e) {
                    c.rollback();
                    throw new IllegalStateException(e);
                }
                long indexStart = System.nanoTime();
                exec(c, "SELECT bag_build_indexes()");
                c.commit();
                long loggedStart = System.nanoTime();
                exec(c, "SELECT bag_end_load()");
                try (PreparedStatement st = c.prepareStatement(
                        "UPDATE bag_stand SET status = 'READY', finished_at = ?, bytes_done = extract_bytes")) {
                    st.setTimestamp(1, Timestamp.from(clock.get()));
                    st.executeUpdate();
                }
                exec(c, "DELETE FROM bag_load_part");
                c.commit();
                long end = System.nanoTime();
                long objects = objectsSoFar(c);
                c.commit();
                Breakdown b = new Breakdown(
                        ms(end - start),
                        ms(walker.inflateNanos()),
                        ms(parts.walkNanos - walker.inflateNanos() - parts.rows.copyNanos()),
                        ms(parts.rows.copyNanos()),
                        ms(loggedStart - indexStart),
                        ms(end - loggedStart));
                progress.finished(objects, b);
                return new Result(delivery, objects, parts.loaded, done.size(), b);
            } finally {
                c.setAutoCommit(true);
                unlock(c);
            }
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static void lock(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + LOCK + ")")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                throw new BagRefusedException("registries.bag.error.busy");
            }
        }
    }

    static void unlock(Connection c) throws SQLException {
        exec(c, "SELECT pg_advisory_unlock(" + LOCK + ")");
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long objectsSoFar(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT objects FROM bag_stand")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The parts already in when this extract's load was cut short; else starts afresh and returns none. */
    private Set<String> beginOrResume(Connection c, String name, long size, DeliveryDocument delivery)
            throws SQLException {
        Set<String> done = new HashSet<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT status, extract_name, extract_bytes, stand_date FROM bag_stand FOR UPDATE")) {
            rs.next();
            boolean resume = "LOADING".equals(rs.getString(1))
                    && name.equals(rs.getString(2))
                    && rs.getLong(3) == size
                    && delivery.standDate().equals(rs.getObject(4, java.time.LocalDate.class));
            if (resume) {
                try (ResultSet parts = st.executeQuery("SELECT name FROM bag_load_part")) {
                    while (parts.next()) {
                        done.add(parts.getString(1));
                    }
                }
                LOG.info("BAG load of {} resumes: {} parts were loaded before", name, done.size());
                c.commit();
                return done;
            }
        }
        exec(c, "SELECT bag_begin_load()");
        try (PreparedStatement st = c.prepareStatement("""
                UPDATE bag_stand SET status = 'LOADING', extract_name = ?, extract_bytes = ?, area = ?, area_name = ?,
                       stand_date = ?, mutations_until = NULL, started_at = ?, finished_at = NULL, objects = 0,
                       bytes_done = 0""")) {
            st.setString(1, name);
            st.setLong(2, size);
            st.setString(3, delivery.area());
            st.setString(
                    4,
                    delivery.national()
                            ? null
                            : String.join(
                                    ", ",
                                    delivery.municipalityNames().stream()
                                            .map(n -> n == null ? "" : n)
                                            .toList()));
            st.setDate(5, Date.valueOf(delivery.standDate()));
            st.setTimestamp(6, Timestamp.from(clock.get()));
            st.executeUpdate();
        }
        c.commit();
        LOG.info("BAG load of {} starts: stand of {}, area {}", name, delivery.standDate(), delivery.area());
        return done;
    }

    /** Loads each part not yet in, in a transaction of its own. */
    private final class Parts implements BagXmlReader.Sink {
        private final Connection c;
        private final ExtractWalker walker;
        private final Set<String> done;
        private final CopyRows rows;
        private final BagXmlReader reader = new BagXmlReader();
        private final Map<String, String> targets = new HashMap<>();
        private boolean inactive;
        private int inPart;
        private long total;
        private long walkNanos;
        private int loaded;

        Parts(Connection c, ExtractWalker walker, Set<String> done) throws SQLException {
            this.c = c;
            this.walker = walker;
            this.done = done;
            this.rows = new CopyRows(c);
            for (String type : new String[] {"WPL", "OPR", "NUM", "VBO", "LIG", "STA", "PND"}) {
                targets.put(type, BagTables.target(type, BagTables.table(type)));
            }
        }

        void part(String name, ExtractWalker.Kind kind, java.io.InputStream in) throws Exception {
            if (done.contains(name)) {
                return;
            }
            long start = System.nanoTime();
            inPart = 0;
            inactive = kind == ExtractWalker.Kind.INACTIVE;
            try {
                if (kind != ExtractWalker.Kind.NOT_BAG) {
                    reader.read(in, this);
                }
                rows.flush();
                try (PreparedStatement st =
                        c.prepareStatement("INSERT INTO bag_load_part (name, objects) VALUES (?, ?)")) {
                    st.setString(1, name);
                    st.setInt(2, inPart);
                    st.executeUpdate();
                }
                try (PreparedStatement st =
                        c.prepareStatement("UPDATE bag_stand SET objects = objects + ?, bytes_done = ?")) {
                    st.setLong(1, inPart);
                    st.setLong(2, walker.doneBytes());
                    st.executeUpdate();
                }
                c.commit();
            } catch (Exception e) {
                rows.discard();
                c.rollback();
                throw e;
            } finally {
                walkNanos += System.nanoTime() - start;
            }
            loaded++;
            total += inPart;
            progress.part(name, inPart, walker.doneBytes());
        }

        @Override
        public void object(BagObject object, BagXmlReader.Change change) {
            try {
                BagTables.write(rows, object, targets.get(object.type), inactive);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            count();
        }

        @Override
        public void inOnderzoek(String objectId, String kenmerk, boolean inOnderzoek, String begin, String end) {
            try {
                rows.row("bag_in_onderzoek (object_id, kenmerk, in_onderzoek, begin_geldigheid, eind_geldigheid)")
                        .text(objectId)
                        .text(kenmerk)
                        .bool(inOnderzoek)
                        .text(begin)
                        .text(end)
                        .end();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            count();
        }

        @Override
        public void gemeenteWoonplaats(
                String woonplaatsId, String gemeenteCode, String status, String begin, String end) {
            try {
                rows.row("bag_gemeente_woonplaats (woonplaats_id, gemeente_code, status, begin_geldigheid,"
                                + " eind_geldigheid)")
                        .text(woonplaatsId)
                        .text(gemeenteCode)
                        .text(status)
                        .text(begin)
                        .text(end)
                        .end();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            count();
        }

        private void count() {
            inPart++;
            if (interruptAfter >= 0 && total + inPart >= interruptAfter) {
                throw new Interrupted();
            }
            if ((inPart & 1023) == 0) {
                progress.tick(total + inPart, walker.doneBytes());
            }
        }
    }
}
