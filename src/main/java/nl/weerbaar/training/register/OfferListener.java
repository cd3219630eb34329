package nl.weerbaar.training.register;

import java.time.Clock;
import java.time.LocalDate;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a non-confidential incident with a department, records an offer of de-escalation training for that
 * department: at most one per department and calendar quarter of the registration (ADR 0908). The event carries no
 * names; neither does the offer. Redelivery leaves the same result.
 */
@Component
class OfferListener {

    private final Offers offers;
    private final Clock clock;

    OfferListener(Offers offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(IncidentRegistered event) {
        if (event.confidential() || event.departmentId() == null) {
            return;
        }
        LocalDate quarter =
                quarterStart(event.registeredAt().atZone(DutchTime.ZONE).toLocalDate());
        TenantContext.runAs(
                event.tenantId(),
                () -> offers.record(
                        event.departmentId(), quarter, event.incidentId(), event.occurredAt(), clock.instant()));
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }
}
