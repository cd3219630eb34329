package nl.weerbaar.platform.approvals;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.MunicipalityJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, per municipality: a request nobody decided within {@code weerbaar.approvals.expiry-days} expires
 * (audited, published as a decision with status EXPIRED); the change it asked for is never made.
 */
@Component
class ApprovalExpiryJob extends MunicipalityJob {

    private final ApprovalService approvals;

    ApprovalExpiryJob(ApprovalService approvals, MunicipalityJob.Support support) {
        super("approval-expiry", support);
        this.approvals = approvals;
    }

    @Scheduled(cron = "${weerbaar.jobs.approval-expiry-cron:0 5 * * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(
            name = "approval-expiry",
            lockAtLeastFor = "${weerbaar.jobs.approval-expiry-min-lock:PT1M}",
            lockAtMostFor = "PT30M")
    public void run() {
        inEachMunicipality(approvals::expireDue);
    }
}
