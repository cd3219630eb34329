package nl.weerbaar.platform.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.MunicipalityJob;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches every audit chain, of each municipality and of the platform (ADR 0003):
 *
 * <ul>
 *   <li>{@link #run()} verifies each chain (hourly by default). A break is recorded once: the coordinators and
 *       administrators of the municipality get one warning mail, the log an error, and the {@code auditChain} health
 *       component is DOWN until the chain verifies again.
 *   <li>{@link #anchor()} hands each intact chain's head outside the database (daily by default): a structured log
 *       line with the chain, its last place and head, an anchor row with a MAC under the key, and a mail to the
 *       coordinators and administrators whose link carries the head.
 * </ul>
 */
@Component
public class AuditChainJob extends MunicipalityJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainJob.class);
    static final String BROKEN_MAIL = "audit.mail.broken";
    static final String ANCHOR_MAIL = "audit.mail.anchor";

    private final AuditChainVerifier verifier;
    private final AuditAnchors anchors;
    private final AuditKeys keys;
    private final Municipalities municipalities;
    private final Clock clock;

    AuditChainJob(
            MunicipalityJob.Support support,
            AuditChainVerifier verifier,
            AuditAnchors anchors,
            AuditKeys keys,
            Municipalities municipalities,
            Clock clock) {
        super("audit-verify", support);
        this.verifier = verifier;
        this.anchors = anchors;
        this.keys = keys;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Scheduled(cron = "${weerbaar.jobs.audit-verify-cron:0 20 * * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "audit-verify", lockAtMostFor = "PT50M")
    public void run() {
        inEachMunicipality(this::check);
        onThePlatform(this::check);
    }

    @Scheduled(cron = "${weerbaar.jobs.audit-anchor-cron:0 0 6 * * *}", zone = DutchTime.ZONE_ID)
    @SchedulerLock(name = "audit-anchor", lockAtMostFor = "PT50M")
    public void anchor() {
        inEachMunicipality(this::anchorHere);
        onThePlatform(this::anchorHere);
    }

    /** Verifies the chain in context and handles a break; returns the verification. */
    AuditChainVerifier.Verification check() {
        AuditChainVerifier.Verification v = verifier.verify();
        if (v.intact()) {
            if (anchors.resolve(clock.instant()) > 0) {
                LOG.atWarn().addKeyValue("audit.chain", chainName()).log("Audit chain {} verifies again", chainName());
                audit().record(
                                AuditLog.Action.VERIFY,
                                "audit-log",
                                null,
                                AuditLog.Result.SUCCESS,
                                "scheduled integrity check: intact again");
            }
            return v;
        }
        if (anchors.known(v.firstBrokenId(), v.reason())) {
            return v;
        }
        anchors.open(v.firstBrokenId(), v.reason(), clock.instant());
        LOG.atError()
                .addKeyValue("audit.chain", chainName())
                .addKeyValue("audit.first_broken_id", v.firstBrokenId())
                .addKeyValue("audit.reason", v.reason())
                .addKeyValue("audit.checked", v.checked())
                .log(
                        "Audit chain {} is broken at record {} ({}) after {} intact records",
                        chainName(),
                        v.firstBrokenId(),
                        v.reason(),
                        v.checked());
        audit().record(
                        AuditLog.Action.VERIFY,
                        "audit-log",
                        null,
                        AuditLog.Result.FAILURE,
                        "scheduled integrity check: " + AuditLog.words(v.reason()));
        mailCoordinatorsAndAdministrators(BROKEN_MAIL, "/audit");
        return v;
    }

    /** Anchors the head of the chain in context when it is intact and grew since its last anchor. */
    void anchorHere() {
        AuditChainVerifier.Verification v = check();
        if (!v.intact() || v.lastSeq() == 0) {
            return;
        }
        LOG.atInfo()
                .addKeyValue("audit.chain", chainName())
                .addKeyValue("audit.chain_seq", v.lastSeq())
                .addKeyValue("audit.head", v.head())
                .log("Audit chain {} anchored at record {} with head {}", chainName(), v.lastSeq(), v.head());
        if (anchors.last().map(a -> a.seq() == v.lastSeq()).orElse(false)) {
            return;
        }
        UUID chain = TenantContext.current().orElse(AuditChainVerifier.PLATFORM);
        anchors.add(
                v.lastSeq(),
                v.head(),
                clock.instant(),
                keys.currentId(),
                keys.mac(AuditChainVerifier.anchorText(chain, v.lastSeq(), v.head())));
        mailCoordinatorsAndAdministrators(ANCHOR_MAIL, "/audit?anchor=" + v.lastSeq() + "-" + v.head());
    }

    /**
     * The one place this job mails: each coordinator and administrator of the municipality in context once (the
     * platform's chain has no municipality: its warnings and anchors go to the log only).
     */
    private void mailCoordinatorsAndAdministrators(String key, String path) {
        if (TenantContext.current().isEmpty()) {
            return;
        }
        Map<UUID, Organisation.Person> people = new LinkedHashMap<>();
        for (Role role : new Role[] {Role.COORDINATOR, Role.ADMIN}) {
            organisation().withRole(role, null).forEach(p -> people.putIfAbsent(p.id(), p));
        }
        people.values().forEach(p -> mail(p, key, path));
    }

    private String chainName() {
        return TenantContext.current()
                .map(id -> municipalities
                        .byId(id)
                        .map(Municipalities.Municipality::slug)
                        .orElse(id.toString()))
                .orElse("platform");
    }
}
