package nl.weerbaar.insights.facts;

import java.sql.SQLException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the slots of the kept counts back into one row per count (see {@link FactStore}), per municipality and on
 * one node: without it a month that saw concurrent reports keeps up to eight rows per count, which the dashboards
 * then sum. Counts are the same before and after; listeners may keep writing meanwhile.
 */
@Component
class SlotFoldJob {

    private static final Logger LOG = LoggerFactory.getLogger(SlotFoldJob.class);

    /** Well under PostgreSQL's deadlock check (1 s by default). */
    static final String LOCK_TIMEOUT = "200ms";

    /** PostgreSQL's SQL state for a lock timeout, which Spring reports as an uncategorised error. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final Municipalities municipalities;
    private final TransactionTemplate tx;

    SlotFoldJob(JdbcClient jdbc, Municipalities municipalities, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.tx = tx;
    }

    @Scheduled(cron = "${weerbaar.jobs.insights-fold-cron:0 */10 * * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "insights-fold-slots", lockAtMostFor = "PT10M")
    void run() {
        municipalities.forEachMunicipality("insights-fold-slots", this::fold);
    }

    /**
     * For the current municipality: returns the slot rows folded into slot 0, or -1 when a listener held a row the fold
     * needed for longer than {@link #LOCK_TIMEOUT} (nothing changed then; the next run folds). Rows a listener holds are
     * skipped, and the short lock timeout makes the fold, never a listener, the one that gives way.
     */
    long fold() {
        try {
            long folded = tx.execute(s -> {
                jdbc.sql("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'").update();
                return jdbc.sql("SELECT insights_fold_count_slots()")
                        .query(Long.class)
                        .single();
            });
            if (folded > 0) {
                LOG.debug("Folded {} slot rows of the kept counts", folded);
            }
            return folded;
        } catch (DataAccessException e) {
            if (e instanceof PessimisticLockingFailureException
                    || e.getMostSpecificCause() instanceof SQLException sql
                            && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                LOG.debug("Fold of the kept counts gave way to a listener: {}", e.getMessage());
                return -1;
            }
            throw e;
        }
    }
}
