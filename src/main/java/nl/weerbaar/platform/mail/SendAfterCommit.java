package nl.weerbaar.platform.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the mails a transaction queued once it has committed, on the same thread, so that they go out as soon as
 * the work they announce is there (and never for work that was rolled back). Up to {@link #IMMEDIATE} mails per
 * transaction go out at once, in batches over one connection each; the rest, and every mail that fails here, are
 * left to the mail-outbox job. Without a transaction the mails are sent at once.
 */
@Component
class SendAfterCommit {

    private static final Logger LOG = LoggerFactory.getLogger(SendAfterCommit.class);
    static final int IMMEDIATE = 200;
    static final int BATCH = 50;

    private final MailDelivery delivery;

    SendAfterCommit(MailDelivery delivery) {
        this.delivery = delivery;
    }

    /** Sends the mails with these ids, queued in the current context, after the running transaction commits. */
    void afterCommit(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        UUID tenant = TenantContext.current().orElse(null);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Queued now = new Queued();
            now.add(tenant, ids);
            now.afterCommit();
            return;
        }
        Queued queued = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Queued q && q.owner == this)
                .map(Queued.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    Queued q = new Queued();
                    TransactionSynchronizationManager.registerSynchronization(q);
                    return q;
                });
        queued.add(tenant, ids);
    }

    /** The mails of one transaction, per context (a null key: the platform). */
    private final class Queued implements TransactionSynchronization {
        private final SendAfterCommit owner = SendAfterCommit.this;
        private final Map<UUID, List<UUID>> byContext = new LinkedHashMap<>();

        void add(UUID tenant, List<UUID> ids) {
            byContext.computeIfAbsent(tenant, t -> new ArrayList<>()).addAll(ids);
        }

        @Override
        public void afterCommit() {
            int budget = IMMEDIATE;
            for (Map.Entry<UUID, List<UUID>> e : byContext.entrySet()) {
                List<UUID> ids =
                        e.getValue().subList(0, Math.min(budget, e.getValue().size()));
                budget -= ids.size();
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<UUID> batch = List.copyOf(ids.subList(from, Math.min(from + BATCH, ids.size())));
                    try {
                        TenantContext.runAs(e.getKey(), () -> delivery.send(batch));
                    } catch (RuntimeException ex) {
                        LOG.warn("Queued mails not sent at once, left to the outbox job: {}", ex.toString());
                    }
                }
            }
        }
    }
}
