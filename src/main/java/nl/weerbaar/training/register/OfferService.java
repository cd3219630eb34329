package nl.weerbaar.training.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incidents.InvolvedPeople;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers of de-escalation training after incidents (ADR 0908), as the manager of the department (or the
 * coordinator) sees them: per incident, whether the people involved held a valid de-escalation certification on the
 * day of the incident and today. The people come from the incidents module, under its visibility rules.
 */
@Service
class OfferService {

    /** One person involved: their de-escalation state on the day of the incident and today (null: never trained). */
    record Involved(Organisation.Person person, boolean validThen, CertState now) {}

    /** One incident of an offer; {@code people} empty when the incident is no longer visible to the reader. */
    record IncidentLine(UUID incidentId, LocalDate occurredOn, boolean visible, List<Involved> people) {}

    record OfferView(
            Offers.Offer offer, String departmentName, List<IncidentLine> incidents, Register.Session session) {}

    record Page(Optional<Register.Kind> deescalation, List<OfferView> offers) {}

    private final Offers offers;
    private final Register register;
    private final Periods periods;
    private final Organisation organisation;
    private final InvolvedPeople involved;
    private final AuditLog audit;
    private final Clock clock;

    OfferService(
            Offers offers,
            Register register,
            Periods periods,
            Organisation organisation,
            InvolvedPeople involved,
            AuditLog audit,
            Clock clock) {
        this.offers = offers;
        this.register = register;
        this.periods = periods;
        this.organisation = organisation;
        this.involved = involved;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Page page(UserIdentity me) {
        if (!me.hasAny(Role.COORDINATOR, Role.MANAGER)) {
            throw new NotAllowedException(FieldErrors.FORM, "register.error.notAllowed");
        }
        UUID department = me.has(Role.COORDINATOR) ? null : me.departmentId();
        if (department == null && !me.has(Role.COORDINATOR)) {
            return new Page(register.deescalation(), List.of());
        }
        Optional<Register.Kind> kind = register.deescalation();
        LocalDate today = DutchTime.today(clock);
        List<OfferView> views = new ArrayList<>();
        for (Offers.Offer o : offers.offers(department)) {
            List<IncidentLine> lines = new ArrayList<>();
            for (Offers.OfferIncident i : offers.incidents(o.id())) {
                Optional<InvolvedPeople.Involvement> inv = involved.of(i.incidentId(), me);
                LocalDate day = i.occurredAt().atZone(DutchTime.ZONE).toLocalDate();
                List<Involved> people = new ArrayList<>();
                inv.ifPresent(v -> v.people()
                        .forEach(id -> organisation
                                .person(id)
                                .ifPresent(p -> people.add(state(p, kind.orElse(null), day, today)))));
                lines.add(new IncidentLine(i.incidentId(), day, inv.isPresent(), people));
            }
            String name = organisation
                    .department(o.departmentId())
                    .map(Organisation.Department::name)
                    .orElse("—");
            Register.Session session = o.sessionId() == null
                    ? null
                    : register.session(o.sessionId()).orElse(null);
            views.add(new OfferView(o, name, lines, session));
            audit.read("training-offer", o.id(), "de-escalation training of the people involved in incidents");
        }
        return new Page(kind, views);
    }

    private Involved state(Organisation.Person p, Register.Kind kind, LocalDate day, LocalDate today) {
        if (kind == null) {
            return new Involved(p, false, null);
        }
        boolean then = false;
        LocalDate latest = null;
        for (Periods.Period x : periods.ofPerson(p.id())) {
            if (!x.kindId().equals(kind.id()) || x.validUntil() == null) {
                continue;
            }
            if (x.startedOn().isBefore(day) && x.validUntil().isAfter(day)) {
                then = true;
            }
            if (latest == null || x.validUntil().isAfter(latest)) {
                latest = x.validUntil();
            }
        }
        return new Involved(p, then, latest == null ? null : CertState.of(latest, today));
    }

    /** For the manager's start page: offers of their department without a planned session. */
    @Transactional(readOnly = true)
    long countOpen(UserIdentity me) {
        if (!me.has(Role.MANAGER) || me.departmentId() == null) {
            return 0;
        }
        return offers.countOpen(me.departmentId());
    }
}
