package nl.weerbaar.registries.lookup;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.registries.BagLookup;
import nl.weerbaar.registries.Establishment;
import nl.weerbaar.registries.trade.Establishments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of a lookup that reads the platform's own data: the BAG and the municipality's trade register extract,
 * with the lookup and its purpose recorded in the audit log in the same transaction.
 */
@Service
class LocalLookup {

    /** Establishments shown for a name. */
    static final int MAX_NAMED = 50;

    private final Establishments establishments;
    private final ObjectProvider<BagLookup> bag;
    private final AuditLog audit;

    LocalLookup(Establishments establishments, ObjectProvider<BagLookup> bag, AuditLog audit) {
        this.establishments = establishments;
        this.bag = bag;
        this.audit = audit;
    }

    /** What the BAG and the extract hold for the question. */
    record Found(boolean bagLoaded, List<BagLookup.Address> bag, List<Establishment> extract) {}

    @Transactional
    Found read(Question q) {
        audit.read(q.auditType(), q.auditId(), q.auditPurpose());
        BagLookup registry = bag.getIfAvailable(() -> BagLookup.NOT_LOADED);
        if (q.address() != null) {
            List<BagLookup.Address> addresses = registry.at(q.address());
            List<String> ids = new ArrayList<>();
            for (BagLookup.Address a : addresses) {
                ids.add(a.id());
                a.objects().forEach(o -> ids.add(o.id()));
            }
            return new Found(registry.loaded(), addresses, establishments.at(q.address(), ids));
        }
        List<Establishment> found = q.kvkNumber() != null
                ? establishments.ofKvkNumber(q.kvkNumber())
                : establishments.named(q.name(), MAX_NAMED);
        return new Found(registry.loaded(), List.of(), found);
    }
}
