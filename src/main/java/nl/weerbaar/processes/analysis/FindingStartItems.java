package nl.weerbaar.processes.analysis;

import java.util.List;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's start page: findings of the latest analysis that no action was made from yet. */
@Service
class FindingStartItems implements StartPageItems {

    private final Findings findings;

    FindingStartItems(Findings findings) {
        this.findings = findings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StartItem> itemsFor(UserIdentity user) {
        if (!user.has(Role.COORDINATOR)) {
            return List.of();
        }
        return List.of(
                StartItem.work(510, "processes.start.findings", findings.countWithoutAction(), "/processes/findings"));
    }
}
