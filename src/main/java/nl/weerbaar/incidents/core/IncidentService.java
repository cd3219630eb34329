package nl.weerbaar.incidents.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.registries.AddressChoices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers reports from every channel. One transaction: the incident, its follow-up steps with owners and
 * deadlines, the audit record, the {@link IncidentRegistered} event and, last, the case number, or nothing at all. A repeated
 * idempotency key of the same user returns the incident registered the first time.
 */
@Service
public class IncidentService {

    /**
     * The outcome of a submission; {@code created} is false when the idempotency key was seen before (the earlier
     * incident, with the number it got then).
     */
    public record Submitted(UUID id, boolean created, String caseNumber) {}

    private final IncidentCases cases;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Organisation organisation;
    private final IncidentSettings settings;
    private final CaseNumbers numbers;
    private final Clock clock;
    private final AddressChoices addresses;

    IncidentService(
            IncidentCases cases,
            AuditLog audit,
            ApplicationEventPublisher events,
            Organisation organisation,
            IncidentSettings settings,
            CaseNumbers numbers,
            Clock clock,
            AddressChoices addresses) {
        this.addresses = addresses;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.organisation = organisation;
        this.settings = settings;
        this.numbers = numbers;
        this.clock = clock;
    }

    /**
     * Validates and registers a report by {@code me}. A new report is inserted straight away; only when its
     * idempotency key turns out to be taken is the earlier incident looked up. Throws {@link InvalidInputException} (nothing saved) or
     * {@link IdempotencyConflictException} when the key was used for different content.
     */
    @Transactional
    public Submitted submit(ReportCommand sent, UserIdentity me) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // The fingerprint covers what the client sent: a retry that again leaves the time out is the same report.
        String hash = Hashing.sha256(fingerprint(sent));
        ReportCommand c = sent.occurredAt() == null && sent.occurredNowWhenLeftOut() ? sent.withOccurredAt(now) : sent;
        FieldErrors errors = ReportValidator.validate(c, now);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID tenant = TenantContext.require();
        Channel channel = Channel.valueOf(c.channel());
        boolean onBehalf = channel == Channel.ON_BEHALF;
        UUID department = c.departmentId() != null ? c.departmentId() : onBehalf ? null : me.departmentId();
        UUID position = c.positionId();
        // A department or position the reporter named is checked against the municipality (row-level security hides
        // other municipalities'); the reporter's own, read from their account, needs no check.
        if (c.departmentId() != null
                && !c.departmentId().equals(me.departmentId())
                && organisation.department(department).isEmpty()) {
            throw new InvalidInputException("departmentId", "incidents.error.invalid");
        }
        if (position != null && organisation.position(position).isEmpty()) {
            throw new InvalidInputException("positionId", "incidents.error.invalid");
        }
        // A structured address must be one the BAG knows (ADR 1020); the public BAG is not a municipality's data.
        if (c.addressBagId() != null && addresses.chosen(c.addressBagId()).isEmpty()) {
            throw new InvalidInputException("addressBagId", "registries.address.error.unknown");
        }
        if (position == null && !onBehalf) {
            position = organisation
                    .person(me.userId())
                    .map(Organisation.Person::positionId)
                    .orElse(null);
        }
        String suggested = SeveritySuggestion.suggest(c.kinds(), c.consequencesPerson());
        String severity = c.severity() == null || c.severity().isBlank() ? suggested : c.severity();
        boolean confidential = !"NONE".equals(c.confidentiality());
        String perpetratorKey = Hashing.perpetratorKey(tenant, c.perpetratorReference());
        Set<UUID> excluded = new LinkedHashSet<>(c.excludedUsers());
        UUID id = UUID.randomUUID();
        boolean inserted = cases.register(new IncidentCases.Registration(
                id,
                tenant,
                onBehalf ? null : me.userId(),
                me.userId(),
                onBehalf ? c.onBehalfName().strip() : null,
                channel,
                c.idempotencyKey(),
                hash,
                new LinkedHashSet<>(c.kinds()),
                trim(c.kindOther()),
                c.occurredAt(),
                now,
                c.locationType(),
                trim(c.locationDetail()),
                department,
                position,
                trim(c.workProcess()),
                c.perpetratorKnown(),
                c.perpetratorRelation(),
                trim(c.perpetratorReference()),
                perpetratorKey,
                trim(c.perpetratorDescription()),
                c.description().strip(),
                trim(c.witnesses()),
                new LinkedHashSet<>(c.consequencesPerson()),
                trim(c.consequencesWork()),
                severity,
                suggested,
                confidential,
                confidential ? c.confidentiality() : null,
                excluded));
        if (inserted && c.addressBagId() != null) {
            cases.setAddress(id, c.addressBagId());
        }
        if (!inserted) {
            // The key was used before: the same report answers with the incident registered then, another one is
            // refused.
            IncidentCases.Earlier earlier =
                    cases.earlier(me.userId(), c.idempotencyKey()).orElseThrow();
            if (!hash.equals(earlier.requestHash())) {
                throw new IdempotencyConflictException();
            }
            return new Submitted(earlier.id(), false, earlier.caseNumber());
        }
        openSteps(
                id,
                c,
                now,
                department,
                confidential ? c.confidentiality() : null,
                excluded,
                onBehalf ? null : me.userId());
        audit.record(AuditLog.Action.CREATE, "incident", id, "report: " + AuditLog.words(channel.name()));
        events.publishEvent(new IncidentRegistered(
                tenant,
                id,
                c.occurredAt(),
                now,
                new LinkedHashSet<>(c.kinds()),
                department,
                position,
                trim(c.workProcess()),
                c.locationType(),
                c.perpetratorRelation(),
                perpetratorKey,
                severity,
                confidential));
        // Last: the number locks the municipality's counter until the commit (ADR 0102).
        String number = numbers.assign(id, now);
        return new Submitted(id, true, number);
    }

    /** Creates the seven follow-up steps with owners and deadlines. */
    private void openSteps(
            UUID incident,
            ReportCommand c,
            Instant now,
            UUID department,
            String confidantScope,
            Set<UUID> excluded,
            UUID reporter) {
        Set<UUID> notAllowed = new HashSet<>(excluded);
        if (reporter != null) {
            notAllowed.add(reporter);
        }
        UUID handler;
        UUID coordinator;
        if (confidantScope != null) {
            handler = first(confidants(confidantScope), notAllowed);
            coordinator = handler;
        } else {
            coordinator = first(ids(organisation.withRole(Role.COORDINATOR, null)), notAllowed);
            handler =
                    department == null ? null : first(ids(organisation.withRole(Role.MANAGER, department)), notAllowed);
            if (handler == null) {
                handler = coordinator;
            }
        }
        IncidentSettings.Values values = settings.current();
        // The police report: the legal adviser where the municipality chose so and has one, otherwise the coordinator;
        // in a confidential case it stays with the confidant.
        UUID police = coordinator != null ? coordinator : handler;
        if (confidantScope == null && values.legalOwnsPoliceReport()) {
            UUID legal = first(ids(organisation.withRole(Role.LEGAL, null)), notAllowed);
            if (legal != null) {
                police = legal;
            }
        }
        List<IncidentCases.NewStep> steps = new ArrayList<>();
        for (StepType step : StepType.values()) {
            UUID owner = switch (step) {
                case POLICE_REPORT -> police;
                case EVIDENCE, DAMAGE_RECOVERY -> coordinator != null ? coordinator : handler;
                default -> handler;
            };
            Instant due = step == StepType.EVIDENCE
                    ? c.occurredAt().plus(Duration.ofDays(values.cameraRetentionDays() - 1L))
                    : values.deadlines().get(step.name()).from(now);
            if (step == StepType.EVIDENCE && due.isBefore(now)) {
                due = now.plus(Duration.ofHours(4));
            }
            steps.add(new IncidentCases.NewStep(UUID.randomUUID(), step, owner, due));
        }
        cases.openSteps(incident, steps);
    }

    private List<UUID> confidants(String scope) {
        List<UUID> result = new ArrayList<>();
        for (Organisation.Person p : organisation.withRole(Role.CONFIDANT, null)) {
            if (scope.equals(p.confidantScope())) {
                result.add(p.id());
            }
        }
        return result;
    }

    /** People in the organisation's order, those who can be reached by e-mail first (reminders go by mail). */
    private static List<UUID> ids(List<Organisation.Person> people) {
        return people.stream()
                .sorted(java.util.Comparator.comparing(
                        p -> p.email() == null || p.email().isBlank()))
                .map(Organisation.Person::id)
                .toList();
    }

    private static UUID first(List<UUID> candidates, Set<UUID> notAllowed) {
        return candidates.stream()
                .filter(id -> !notAllowed.contains(id))
                .findFirst()
                .orElse(null);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String fingerprint(ReportCommand c) {
        return String.join(
                "|",
                c.channel(),
                String.valueOf(c.kinds()),
                String.valueOf(c.kindOther()),
                String.valueOf(c.occurredAt()),
                String.valueOf(c.locationType()),
                String.valueOf(c.locationDetail()),
                String.valueOf(c.departmentId()),
                String.valueOf(c.description()),
                String.valueOf(c.perpetratorReference()),
                String.valueOf(c.consequencesPerson()),
                String.valueOf(c.severity()),
                c.confidentiality() + (c.addressBagId() == null ? "" : "|" + c.addressBagId()));
    }
}
