package nl.weerbaar.insights.facts;

import nl.weerbaar.incidents.FollowUpStepCompleted;
import nl.weerbaar.incidents.IncidentClosed;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the read model from the incident events, after their commit, each in its own transaction and in the
 * event's municipality. Redelivered or reordered events leave the same result.
 */
@Component("insightsFactListener")
class FactListener {

    private final FactStore store;

    FactListener(FactStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(IncidentRegistered event) {
        TenantContext.runAs(event.tenantId(), () -> store.register(event));
    }

    @ApplicationModuleListener
    void on(FollowUpStepCompleted event) {
        TenantContext.runAs(
                event.tenantId(),
                () -> store.followUp(
                        event.tenantId(), event.incidentId(), event.step(), event.completedAt(), event.dueAt()));
    }

    @ApplicationModuleListener
    void on(IncidentClosed event) {
        TenantContext.runAs(
                event.tenantId(),
                () -> store.followUp(event.tenantId(), event.incidentId(), "CLOSED", event.closedAt(), null));
    }
}
