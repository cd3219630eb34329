package nl.weerbaar.platform.audit;

import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code auditChain} health component: DOWN while the scheduled verification has found a break in any audit
 * chain that did not verify again since. It is deliberately not part of the liveness and readiness groups, so that
 * whoever breaks the chain cannot take the service down with it; monitoring watches {@code /actuator/health}.
 */
@Component
class AuditChainHealthIndicator extends AbstractHealthIndicator {

    private final AuditAnchors anchors;
    private final AuditKeys keys;

    AuditChainHealthIndicator(AuditAnchors anchors, AuditKeys keys) {
        super("Audit chain check failed");
        this.anchors = anchors;
        this.keys = keys;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<AuditAnchors.OpenBreak> open = anchors.openBreaks();
        builder.withDetail("key", keys.demoKey() ? "demo" : "configured");
        if (open.isEmpty()) {
            builder.up();
        } else {
            builder.down()
                    .withDetail("brokenChains", open.size())
                    .withDetail("since", open.get(0).detectedAt().toString());
        }
    }
}
