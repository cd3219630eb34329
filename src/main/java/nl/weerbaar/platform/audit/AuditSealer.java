package nl.weerbaar.platform.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Links new audit records into their municipality's hash chain, a few seconds after they are written. */
@Component
public class AuditSealer {

    private final JdbcClient jdbc;

    AuditSealer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${weerbaar.jobs.audit-seal-interval:PT5S}")
    @SchedulerLock(name = "audit-seal", lockAtMostFor = "PT1M")
    public void sealScheduled() {
        seal();
    }

    /** Seals everything written so far; returns how many records were sealed. */
    @Transactional
    public int seal() {
        return jdbc.sql("SELECT audit_seal()").query(Integer.class).single();
    }
}
