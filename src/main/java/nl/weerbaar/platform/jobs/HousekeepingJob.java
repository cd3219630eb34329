package nl.weerbaar.platform.jobs;

import java.lang.management.ManagementFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes platform bookkeeping that has served its purpose: completed event publications older than a
 * week and job-run records older than 30 days. Records each run, so that single execution across nodes
 * can be seen.
 */
@Component
class HousekeepingJob {

    static final String NAME = "housekeeping";

    private final JdbcClient jdbc;
    /** This application instance: process name plus a random suffix, as several may share a JVM in tests. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + java.util.UUID.randomUUID().toString().substring(0, 8);

    HousekeepingJob(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${weerbaar.jobs.housekeeping-cron:0 15 3 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = NAME, lockAtLeastFor = "${weerbaar.jobs.housekeeping-min-lock:PT1M}", lockAtMostFor = "PT30M")
    @Transactional
    public void run() {
        jdbc.sql("INSERT INTO job_run (job, node) VALUES (?, ?)")
                .params(NAME, node)
                .update();
        jdbc.sql("DELETE FROM event_publication WHERE completion_date < now() - interval '7 days'")
                .update();
        jdbc.sql("DELETE FROM job_run WHERE started_at < now() - interval '30 days'")
                .update();
    }
}
