package nl.weerbaar.incidents.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Organisation organisation;
    private final IncidentSettings settings;
    private final CaseNumbers numbers;
    private final Clock clock;

    IncidentService(
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events,
            Organisation organisation,
            IncidentSettings settings,
            CaseNumbers numbers,
            Clock clock) {
        this.jdbc = jdbc;
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
        boolean onBehalf = "ON_BEHALF".equals(c.channel());
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
        int inserted = jdbc.sql("""
        INSERT INTO incident (id, tenant_id, reporter_id, registered_by, on_behalf_name, channel, idempotency_key,
          request_hash, kinds, kind_other, occurred_at, registered_at, location_type, location_detail, department_id,
          position_id, work_process, perpetrator_known, perpetrator_relation, perpetrator_reference, perpetrator_key,
          perpetrator_description, description, witnesses, consequences_person, consequences_work, severity,
          severity_suggested, confidential, confidant_scope, excluded_users)
        VALUES (:id, :tenant, :reporter, :by, :onBehalf, :channel, :key, :hash, string_to_array(:kinds, ','), :kindOther, :occurred, :now,
          :location, :locationDetail, :department, :position, :process, :known, :relation, :ref, :pkey, :pdesc,
          :description, :witnesses, string_to_array(:consequences, ','), :work, :severity, :suggested, :confidential, :scope,
          string_to_array(:excluded, ',')::uuid[])
        ON CONFLICT (tenant_id, registered_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING""")
                .param("id", id)
                .param("tenant", tenant)
                .param("reporter", onBehalf ? null : me.userId())
                .param("by", me.userId())
                .param("onBehalf", onBehalf ? c.onBehalfName().strip() : null)
                .param("channel", c.channel())
                .param("key", c.idempotencyKey())
                .param("hash", hash)
                .param("kinds", String.join(",", new LinkedHashSet<>(c.kinds())))
                .param("kindOther", trim(c.kindOther()))
                .param("occurred", java.sql.Timestamp.from(c.occurredAt()))
                .param("now", java.sql.Timestamp.from(now))
                .param("location", c.locationType())
                .param("locationDetail", trim(c.locationDetail()))
                .param("department", department)
                .param("position", position)
                .param("process", trim(c.workProcess()))
                .param("known", c.perpetratorKnown())
                .param("relation", c.perpetratorRelation())
                .param("ref", trim(c.perpetratorReference()))
                .param("pkey", perpetratorKey)
                .param("pdesc", trim(c.perpetratorDescription()))
                .param("description", c.description().strip())
                .param("witnesses", trim(c.witnesses()))
                .param("consequences", String.join(",", new LinkedHashSet<>(c.consequencesPerson())))
                .param("work", trim(c.consequencesWork()))
                .param("severity", severity)
                .param("suggested", suggested)
                .param("confidential", confidential)
                .param("scope", confidential ? c.confidentiality() : null)
                .param(
                        "excluded",
                        String.join(",", excluded.stream().map(UUID::toString).toList()))
                .update();
        if (inserted == 0) {
            // The key was used before: the same report answers with the incident registered then, another one is
            // refused.
            return earlier(me.userId(), c.idempotencyKey(), hash).orElseThrow();
        }
        openSteps(
                id,
                c,
                now,
                department,
                confidential ? c.confidentiality() : null,
                excluded,
                onBehalf ? null : me.userId());
        audit.record(AuditLog.Action.CREATE, "incident", id, "report: " + AuditLog.words(c.channel()));
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

    private Optional<Submitted> earlier(UUID userId, String key, String hash) {
        return jdbc.sql(
                        "SELECT id, request_hash, case_number FROM incident WHERE tenant_id = ? AND registered_by = ? AND idempotency_key = ?")
                .params(TenantContext.require(), userId, key)
                .query((rs, n) -> {
                    if (!hash.equals(rs.getString(2))) {
                        throw new IdempotencyConflictException();
                    }
                    return new Submitted(rs.getObject(1, UUID.class), false, rs.getString(3));
                })
                .optional();
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
        int n = Codes.STEPS.size();
        String[] ids = new String[n];
        String[] steps = new String[n];
        String[] owners = new String[n];
        String[] dues = new String[n];
        for (int position = 0; position < n; position++) {
            String step = Codes.STEPS.get(position);
            UUID owner = switch (step) {
                case "POLICE_REPORT", "EVIDENCE", "DAMAGE_RECOVERY" -> coordinator != null ? coordinator : handler;
                default -> handler;
            };
            Instant due = "EVIDENCE".equals(step)
                    ? c.occurredAt().plus(Duration.ofDays(values.cameraRetentionDays() - 1L))
                    : values.deadlines().get(step).from(now);
            if ("EVIDENCE".equals(step) && due.isBefore(now)) {
                due = now.plus(Duration.ofHours(4));
            }
            ids[position] = UUID.randomUUID().toString();
            steps[position] = step;
            owners[position] = owner == null ? null : owner.toString();
            dues[position] = due.toString();
        }
        // One statement for all steps: a report is on the hot path of the reporting API.
        jdbc.sql("""
        INSERT INTO incident_step (id, tenant_id, incident_id, step, position, owner_id, due_at)
        SELECT s.id, ?, ?, s.step, s.position - 1, s.owner, s.due
          FROM unnest(?::text[]::uuid[], ?::text[], ?::text[]::uuid[], ?::text[]::timestamptz[]) WITH ORDINALITY AS s (id, step, owner, due, position)""")
                .params(TenantContext.require(), incident, ids, steps, owners, dues)
                .update();
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
                c.confidentiality());
    }
}
