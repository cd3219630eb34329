package nl.weerbaar.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fold of the kept counts' slots next to listeners that hold rows: it leaves out the slot rows they hold, and
 * when it needs a slot 0 row one of them holds, it gives way within its lock timeout instead of waiting (or of
 * deadlocking a listener). Counts are the same afterwards in every case.
 * A fold that waited for the held row would hang the test (the holder is released only after the fold), hence the
 * time limit.
 */
@Timeout(30)
class SlotFoldIT extends IntegrationTest {

    @Autowired
    SlotFoldJob job;

    UUID town;

    @BeforeEach
    void fourSlotRows() throws Exception {
        town = UUID.randomUUID();
        try (Connection c = TestDatabase.ownerConnection();
                PreparedStatement create = c.prepareStatement("SELECT platform_create_municipality(?, ?, ?, false)")) {
            create.setObject(1, town);
            create.setString(2, "slot-" + town.toString().substring(0, 8));
            create.setString(3, "Gemeente Slotdorp");
            create.execute();
        }
        // one count in three slots (2 + 3 + 4), another only in slot 5 (1)
        TenantContext.runAs(town, () -> jdbc.sql("""
        INSERT INTO insights_month_count (tenant_id, month, department_id, dimension, key, slot, n)
        VALUES (:t, '2024-03-01', NULL, 'TOTAL', NULL, 0, 2), (:t, '2024-03-01', NULL, 'TOTAL', NULL, 3, 3),
               (:t, '2024-03-01', NULL, 'TOTAL', NULL, 6, 4), (:t, '2024-03-01', NULL, 'KIND', 'BRIBERY', 5, 1)""").param("t", town).update());
    }

    @Test
    void slotRowsAListenerHoldsAreLeftForTheNextFold() throws Exception {
        try (Connection listener = TestDatabase.ownerConnection()) {
            listener.setAutoCommit(false);
            lock(listener, "slot = 3");

            assertThat(TenantContext.callAs(town, job::fold))
                    .as("slots 6 and 5, not the held slot 3")
                    .isEqualTo(2);
            assertThat(counts()).isEqualTo("KIND/BRIBERY/0=1 TOTAL/-/0=6 TOTAL/-/3=3");
            listener.rollback();
        }
        assertThat(TenantContext.callAs(town, job::fold)).isEqualTo(1);
        assertThat(counts()).isEqualTo("KIND/BRIBERY/0=1 TOTAL/-/0=9");
    }

    @Test
    void theFoldGivesWayToAListenerHoldingASlotZeroRow() throws Exception {
        try (Connection listener = TestDatabase.ownerConnection()) {
            listener.setAutoCommit(false);
            lock(listener, "slot = 0");

            long started = System.nanoTime();
            long folded = TenantContext.callAs(town, job::fold);
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(folded).as("gave way, nothing changed").isEqualTo(-1);
            assertThat(waitedMillis)
                    .as("within its lock timeout, well before a deadlock check")
                    .isLessThan(900);
            listener.rollback();
        }
        assertThat(counts()).isEqualTo("KIND/BRIBERY/5=1 TOTAL/-/0=2 TOTAL/-/3=3 TOTAL/-/6=4");
        assertThat(TenantContext.callAs(town, job::fold)).isEqualTo(3);
        assertThat(counts()).isEqualTo("KIND/BRIBERY/0=1 TOTAL/-/0=9");
    }

    /** Holds the town's TOTAL row of {@code slotCondition} in the listener's open transaction. */
    private void lock(Connection listener, String slotCondition) throws Exception {
        try (PreparedStatement hold = listener.prepareStatement("SELECT n FROM insights_month_count WHERE tenant_id = ?"
                + " AND dimension = 'TOTAL' AND " + slotCondition + " FOR UPDATE")) {
            hold.setObject(1, town);
            try (ResultSet rs = hold.executeQuery()) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    /** The town's count rows as dimension/key/slot=n, sorted. */
    private String counts() {
        return TenantContext.callAs(
                town, () -> jdbc.sql("""
        SELECT string_agg(dimension || '/' || coalesce(key, '-') || '/' || slot || '=' || n, ' '
                          ORDER BY dimension, key, slot)
          FROM insights_month_count""").query(String.class).single());
    }
}
