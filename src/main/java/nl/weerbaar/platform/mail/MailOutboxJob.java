package nl.weerbaar.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds due — mails whose first attempt right after their transaction did not happen or
 * failed, and the next attempts of failed ones — in the context they belong to (each municipality, and the platform),
 * and deletes mails sent or failed for good after the retention period. Its lock keeps it to one node at a time; the
 * claim on each mail keeps it from sending what a node is sending right after a commit.
 */
@Component
class MailOutboxJob {

    static final String NAME = "mail-outbox";
    private static final Logger LOG = LoggerFactory.getLogger(MailOutboxJob.class);

    private final Outbox outbox;
    private final MailDelivery delivery;
    private final Clock clock;
    private final Duration retention;

    MailOutboxJob(
            Outbox outbox,
            MailDelivery delivery,
            Clock clock,
            @Value("${weerbaar.jobs.mail-outbox-retention:P30D}") Duration retention) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${weerbaar.jobs.mail-outbox-cron:*/30 * * * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = NAME, lockAtMostFor = "PT10M")
    public void run() {
        sendDue();
        int purged = outbox.purge(clock.instant().minus(retention));
        if (purged > 0) {
            LOG.info("Mail outbox: {} mail(s) past the retention period deleted", purged);
        }
    }

    /** Sends every mail that is due now, per context; returns how many were tried. */
    public int sendDue() {
        int tried = 0;
        for (UUID context : outbox.contextsWithMailDue(clock.instant())) {
            try {
                tried += TenantContext.callAs(context, () -> {
                    int n = 0;
                    int batch;
                    do {
                        batch = delivery.sendDue(SendAfterCommit.BATCH);
                        n += batch;
                    } while (batch == SendAfterCommit.BATCH);
                    return n;
                });
            } catch (RuntimeException e) {
                LOG.error("Job {} failed for {}", NAME, context == null ? "the platform" : context, e);
            }
        }
        return tried;
    }
}
