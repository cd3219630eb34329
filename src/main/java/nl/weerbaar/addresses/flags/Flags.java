package nl.weerbaar.addresses.flags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.addresses.AddressFlags.Contact;
import nl.weerbaar.platform.ApprovalDecided;
import nl.weerbaar.platform.Approvals;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.ConflictException;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verwijsindex (ADR 1010–1012): flags on addresses, asked by a coordinator and active only once a second person
 * approved them through the platform's {@link Approvals}; renewals likewise; ending on their date or earlier. The
 * reason and category are returned only by the coordinator's reads ({@link #list}, {@link #get}); the employee's read
 * ({@link #contactAt}) has the contact alone.
 */
@Service
class Flags {

    /** Approval kind of a new flag; subject: the flag. */
    static final String KIND = "addresses-flag";
    /** Approval kind of a renewal; subject: the flag, payload: the renewal's id. */
    static final String RENEWAL_KIND = "addresses-flag-renewal";
    /** Audit type of a flag's creation, decisions, reads by coordinators, ending. */
    static final String AUDIT_TYPE = "address-flag";
    /** Audit type of an employee's lookup before a visit. */
    static final String CHECK_TYPE = "address-flag-check";

    /** Who may be named to approve a flag (ADR 1011). */
    static final List<Role> APPROVER_ROLES = List.of(Role.COORDINATOR, Role.SECRETARY, Role.LEGAL);

    /** What a coordinator fills in for a new flag; every field may be null as sent. */
    record FlagForm(
            String postcode,
            String houseNumber,
            String letter,
            String addition,
            String bagId,
            String contactName,
            String team,
            String phone,
            String category,
            String reason,
            String startsOn,
            String endsOn,
            String approverId) {

        static FlagForm empty(LocalDate today) {
            return new FlagForm(
                    null, null, null, null, null, null, null, null, null, null, today.toString(), null, null);
        }
    }

    /** A renewal asked by a coordinator; every field may be null as sent. */
    record RenewForm(String newEndsOn, String reason, String approverId) {}

    /** A flag as the coordinator sees it. Nullable: phone, approvedBy, approvedAt, endedOn, endNote. */
    record Flag(
            UUID id,
            String bagId,
            String address,
            String contactName,
            String team,
            String phone,
            UUID ownerId,
            UUID approverId,
            FlagCategory category,
            String reason,
            LocalDate startsOn,
            LocalDate endsOn,
            String status,
            Instant askedAt,
            UUID approvedBy,
            Instant approvedAt,
            LocalDate endedOn,
            String endNote) {

        /** The state to show on {@code today}: PENDING, SCHEDULED, ACTIVE, ENDED, REFUSED or EXPIRED. */
        public String state(LocalDate today) {
            if (!status.equals("ACTIVE")) {
                return status;
            }
            if (today.isAfter(endsOn)) {
                return "ENDED";
            }
            return today.isBefore(startsOn) ? "SCHEDULED" : "ACTIVE";
        }
    }

    /** A renewal in a flag's history. Nullable: decidedBy, decidedAt. */
    record Renewal(
            UUID id,
            UUID flagId,
            UUID askedBy,
            LocalDate askedOn,
            UUID approverId,
            String reason,
            LocalDate previousEndsOn,
            LocalDate newEndsOn,
            String status,
            UUID decidedBy,
            Instant decidedAt) {}

    /** The coordinator's overview, each part sorted by end date. */
    record Overview(List<Flag> active, List<Flag> pending, List<Flag> ended, Map<UUID, Renewal> renewing) {}

    private final JdbcClient jdbc;
    private final Approvals approvals;
    private final AuditLog audit;
    private final Organisation organisation;
    private final Clock clock;

    Flags(JdbcClient jdbc, Approvals approvals, AuditLog audit, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.approvals = approvals;
        this.audit = audit;
        this.organisation = organisation;
        this.clock = clock;
    }

    LocalDate today() {
        return DutchTime.today(clock);
    }

    /** The people {@code me} may name to approve: enabled coordinators, secretaries and legal advisers but me. */
    @Transactional(readOnly = true)
    List<Organisation.Person> approverChoices(UUID me) {
        Map<UUID, Organisation.Person> people = new LinkedHashMap<>();
        for (Role role : APPROVER_ROLES) {
            approvals.possibleDeciders(role, me).forEach(p -> people.putIfAbsent(p.id(), p));
        }
        return people.values().stream()
                .sorted(Comparator.comparing(Organisation.Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Display names of people by id, for pages; unknown ids are left out. */
    Map<UUID, String> names(List<Flag> flags, List<Renewal> renewals) {
        Map<UUID, String> names = new HashMap<>();
        java.util.function.Consumer<UUID> add = id -> {
            if (id != null && !names.containsKey(id)) {
                organisation.person(id).ifPresent(p -> names.put(id, p.displayName()));
            }
        };
        for (Flag f : flags) {
            add.accept(f.ownerId());
            add.accept(f.approverId());
            add.accept(f.approvedBy());
        }
        for (Renewal r : renewals) {
            add.accept(r.askedBy());
            add.accept(r.approverId());
            add.accept(r.decidedBy());
        }
        return names;
    }

    /**
     * Asks for a flag on {@code address} by {@code me}: checks the form (adding to {@code errors}, which may already
     * hold the address's refusals), stores the flag as PENDING and files the approval request for the named approver.
     */
    @Transactional
    UUID ask(FieldErrors errors, AddressFinder.Option address, FlagForm f, UserIdentity me) {
        String contact = errors.text("contactName", f.contactName(), true, 100);
        String team = errors.text("team", f.team(), true, 100);
        String phone = errors.text("phone", f.phone(), false, 30);
        if (phone != null && !phone.matches("[0-9+()\\-. ]{6,30}")) {
            errors.reject("phone", "flags.error.phone");
        }
        String category = errors.oneOf(
                "category",
                f.category(),
                Arrays.stream(FlagCategory.values()).map(Enum::name).toList(),
                true);
        String reason = errors.text("reason", f.reason(), true, 2000);
        LocalDate start = date(errors, "startsOn", f.startsOn());
        LocalDate end = date(errors, "endsOn", f.endsOn());
        LocalDate today = today();
        FlagDates.checkNew(errors, today, start, end);
        UUID approver = approver(errors, f.approverId(), me);
        if (address != null && !errors.any() && openFlagAt(address.bagId())) {
            errors.reject("postcode", "flags.error.already-flagged");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO address_flag (tenant_id, id, bag_id, address_label, contact_name, team, phone,
                          owner_id, approver_id, category, reason, starts_on, ends_on, asked_at)
                        VALUES (current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        address.bagId(),
                        address.label(),
                        contact,
                        team,
                        phone,
                        me.userId(),
                        approver,
                        category,
                        reason,
                        start,
                        end,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(Action.CREATE, AUDIT_TYPE, id, "flag asked, waiting for approval");
        approvals.request(Approvals.Request.of(KIND, id, address.label(), null, me.userId(), Role.COORDINATOR)
                .namedApprover(approver)
                .detail("flags.approval.detail"));
        return id;
    }

    /** Asks to renew flag {@code id} by {@code me}: a reason, a new end date, and a named approver. */
    @Transactional
    UUID askRenewal(UUID id, RenewForm f, UserIdentity me) {
        Flag flag = find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        LocalDate today = today();
        if (!flag.state(today).equals("ACTIVE") && !flag.state(today).equals("SCHEDULED")) {
            throw new ConflictException("flags.error.not-active.title", "flags.error.not-active");
        }
        FieldErrors errors = new FieldErrors();
        LocalDate newEnd = date(errors, "newEndsOn", f.newEndsOn());
        String reason = errors.text("renewReason", f.reason(), true, 2000);
        FlagDates.checkRenewal(errors, today, flag.endsOn(), newEnd);
        UUID approver = approver(errors, f.approverId(), me);
        if (pendingRenewal(id).isPresent()) {
            errors.rejectForm("flags.error.renewal-waiting");
        }
        errors.throwIfAny();
        UUID renewal = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO address_flag_renewal (tenant_id, id, flag_id, asked_by, asked_on, approver_id,
                          reason, previous_ends_on, new_ends_on)
                        VALUES (current_tenant(), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(renewal, id, me.userId(), today, approver, reason, flag.endsOn(), newEnd)
                .update();
        audit.record(Action.UPDATE, AUDIT_TYPE, id, "renewal asked, waiting for approval");
        approvals.request(Approvals.Request.of(
                        RENEWAL_KIND, id, flag.address(), renewal.toString(), me.userId(), Role.COORDINATOR)
                .namedApprover(approver)
                .detail("flags.approval.detail"));
        return renewal;
    }

    /** Ends an active flag today, before its date, with a note. */
    @Transactional
    void endEarly(UUID id, String note, UserIdentity me) {
        Flag flag = find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        LocalDate today = today();
        String state = flag.state(today);
        if (!state.equals("ACTIVE") && !state.equals("SCHEDULED")) {
            throw new ConflictException("flags.error.not-active.title", "flags.error.not-active");
        }
        FieldErrors errors = new FieldErrors();
        String text = errors.text("endNote", note, true, 1000);
        errors.throwIfAny();
        jdbc.sql("""
                        UPDATE address_flag SET status = 'ENDED', ended_on = ?, ended_by = ?, end_note = ?
                         WHERE id = ? AND status = 'ACTIVE'""").params(today, me.userId(), text, id).update();
        audit.record(Action.UPDATE, AUDIT_TYPE, id, "flag ended early");
    }

    /** Applies a decision on a flag or a renewal in the deciding transaction. */
    @EventListener
    void decided(ApprovalDecided decision) {
        if (!decision.is(KIND) && !decision.is(RENEWAL_KIND)) {
            return;
        }
        TenantContext.runAs(decision.tenantId(), () -> apply(decision));
    }

    private void apply(ApprovalDecided d) {
        Instant now = clock.instant();
        if (d.is(KIND)) {
            if (d.approved()) {
                jdbc.sql("""
                                UPDATE address_flag SET status = 'ACTIVE', approved_by = ?, approved_at = ?
                                 WHERE id = ? AND status = 'PENDING'""")
                        .params(d.decidedBy(), java.sql.Timestamp.from(now), d.subjectId())
                        .update();
                audit.record(Action.UPDATE, AUDIT_TYPE, d.subjectId(), "flag approved, active");
            } else {
                String status = d.status() == Approvals.Status.EXPIRED ? "EXPIRED" : "REFUSED";
                jdbc.sql("UPDATE address_flag SET status = ? WHERE id = ? AND status = 'PENDING'")
                        .params(status, d.subjectId())
                        .update();
                audit.record(Action.UPDATE, AUDIT_TYPE, d.subjectId(), "flag " + status.toLowerCase());
            }
            return;
        }
        UUID renewal = UUID.fromString(d.payload());
        String status = d.approved() ? "APPROVED" : d.status() == Approvals.Status.EXPIRED ? "EXPIRED" : "REFUSED";
        if (d.approved()) {
            int moved = jdbc.sql("""
                            UPDATE address_flag f SET ends_on = r.new_ends_on, reminded_at = NULL
                              FROM address_flag_renewal r
                             WHERE r.id = ? AND f.id = r.flag_id AND f.status = 'ACTIVE'""").param(renewal).update();
            if (moved == 0) {
                status = "EXPIRED";
            }
        }
        jdbc.sql("""
                        UPDATE address_flag_renewal SET status = ?, decided_by = ?, decided_at = ?
                         WHERE id = ? AND status = 'PENDING'""")
                .params(status, d.decidedBy(), java.sql.Timestamp.from(now), renewal)
                .update();
        audit.record(Action.UPDATE, AUDIT_TYPE, d.subjectId(), "renewal " + status.toLowerCase());
    }

    /** The coordinator's overview of every flag of the municipality; recorded as a read of the list. */
    @Transactional
    Overview overview() {
        audit.read(AUDIT_TYPE, null, "list of flags");
        return overview(all());
    }

    /**
     * The flags whose flag or renewal waits for {@code me}'s decision, for an approver who is no coordinator; recorded
     * as a read of the list.
     */
    @Transactional
    Overview awaitingOverview(UUID me) {
        audit.read(AUDIT_TYPE, null, "list of flags waiting for my decision");
        return overview(all().stream().filter(f -> awaits(f, me)).toList());
    }

    private Overview overview(List<Flag> flags) {
        LocalDate today = today();
        Map<UUID, Renewal> renewing = new HashMap<>();
        jdbc.sql("SELECT * FROM address_flag_renewal WHERE status = 'PENDING'")
                .query(Flags::renewal)
                .list()
                .forEach(r -> renewing.put(r.flagId(), r));
        Comparator<Flag> byEnd = Comparator.comparing(Flag::endsOn);
        return new Overview(
                flags.stream()
                        .filter(f -> List.of("ACTIVE", "SCHEDULED").contains(f.state(today)))
                        .sorted(byEnd)
                        .toList(),
                flags.stream()
                        .filter(f -> f.state(today).equals("PENDING"))
                        .sorted(byEnd)
                        .toList(),
                flags.stream()
                        .filter(f -> List.of("ENDED", "REFUSED", "EXPIRED").contains(f.state(today)))
                        .sorted(byEnd.reversed())
                        .toList(),
                renewing);
    }

    private List<Flag> all() {
        return jdbc.sql("SELECT * FROM address_flag ORDER BY ends_on")
                .query(Flags::flag)
                .list();
    }

    /** Whether {@code me} is the named approver of the flag's waiting request or waiting renewal. */
    boolean awaits(Flag f, UUID me) {
        if (f.status().equals("PENDING") && f.approverId().equals(me)) {
            return true;
        }
        return pendingRenewal(f.id()).map(r -> r.approverId().equals(me)).orElse(false);
    }

    /** Whether some flag or renewal waits for {@code user}'s decision (for the menu). */
    @Transactional(readOnly = true)
    boolean anyAwaiting(UserIdentity user) {
        if (user.tenantId() == null) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM address_flag WHERE status = 'PENDING' AND approver_id = ?)
                            OR EXISTS (SELECT 1 FROM address_flag_renewal WHERE status = 'PENDING' AND approver_id = ?)""")
                .params(user.userId(), user.userId())
                .query(Boolean.class)
                .single();
    }

    /**
     * One flag with its reason and renewals, for a coordinator or for the person named to decide on it; recorded in
     * the audit log as a read. Others: not found.
     */
    @Transactional
    Flag get(UUID id, UserIdentity me) {
        Flag f = find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!me.has(Role.COORDINATOR) && !awaits(f, me.userId())) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        audit.read(
                AUDIT_TYPE, id, me.has(Role.COORDINATOR) ? "flag with its reason" : "flag with its reason, to decide");
        return f;
    }

    Optional<Flag> find(UUID id) {
        return jdbc.sql("SELECT * FROM address_flag WHERE id = ?")
                .param(id)
                .query(Flags::flag)
                .optional();
    }

    @Transactional(readOnly = true)
    List<Renewal> renewals(UUID flagId) {
        return jdbc.sql("SELECT * FROM address_flag_renewal WHERE flag_id = ? ORDER BY asked_on, decided_at")
                .param(flagId)
                .query(Flags::renewal)
                .list();
    }

    Optional<Renewal> pendingRenewal(UUID flagId) {
        return jdbc.sql("SELECT * FROM address_flag_renewal WHERE flag_id = ? AND status = 'PENDING'")
                .param(flagId)
                .query(Flags::renewal)
                .optional();
    }

    private boolean openFlagAt(String bagId) {
        return jdbc.sql("SELECT count(*) FROM address_flag WHERE bag_id = ? AND status IN ('PENDING', 'ACTIVE')")
                        .param(bagId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * The contact of the flag active on {@code day} on address {@code bagId}; never its reason, category or owner.
     */
    Optional<Contact> contactAt(String bagId, LocalDate day) {
        return jdbc.sql("""
                        SELECT contact_name, team, phone, ends_on FROM address_flag
                         WHERE bag_id = ? AND status = 'ACTIVE' AND starts_on <= ? AND ends_on >= ?""")
                .params(bagId, day, day)
                .query((rs, n) -> new Contact(
                        rs.getString("contact_name"),
                        rs.getString("team"),
                        rs.getString("phone"),
                        rs.getObject("ends_on", LocalDate.class)))
                .optional();
    }

    /**
     * An employee's lookup of {@code address} for {@code purpose}: the contact of the flag active today, if any;
     * recorded in the audit log with its purpose in the same transaction (ADR 1012).
     */
    @Transactional
    Optional<Contact> check(VisitPurpose purpose, AddressFinder.Option address) {
        Optional<Contact> contact = contactAt(address.bagId(), today());
        audit.read(
                CHECK_TYPE,
                address.bagId(),
                "check before " + AuditLog.words(purpose.name()) + ": "
                        + (contact.isPresent() ? "contact shown" : "nothing known"));
        return contact;
    }

    /** Active flags whose end date lies before {@code today}: to be marked as ended. */
    List<UUID> endedBefore(LocalDate today) {
        return jdbc.sql("SELECT id FROM address_flag WHERE status = 'ACTIVE' AND ends_on < ?")
                .param(today)
                .query(UUID.class)
                .list();
    }

    /** Marks an active flag as ended on its own end date; false when it was not active any more. */
    boolean markEnded(UUID id) {
        return jdbc.sql(
                                "UPDATE address_flag SET status = 'ENDED', ended_on = ends_on WHERE id = ? AND status = 'ACTIVE'")
                        .param(id)
                        .update()
                > 0;
    }

    /** A flag to remind its owner of: its end, and who owns it. */
    record Ending(UUID id, UUID ownerId, LocalDate endsOn) {}

    /**
     * Active flags ending from {@code today} through {@code until} whose owner was not reminded for this period and
     * for which no renewal waits.
     */
    List<Ending> endingUnreminded(LocalDate today, LocalDate until) {
        return jdbc.sql("""
                        SELECT id, owner_id, ends_on FROM address_flag f
                         WHERE status = 'ACTIVE' AND ends_on BETWEEN ? AND ? AND reminded_at IS NULL
                           AND NOT EXISTS (SELECT 1 FROM address_flag_renewal r
                                            WHERE r.flag_id = f.id AND r.status = 'PENDING')""")
                .params(today, until)
                .query((rs, n) -> new Ending(
                        rs.getObject("id", UUID.class),
                        rs.getObject("owner_id", UUID.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    /** Marks the reminder of this period as sent; false when another node did so first. */
    boolean markReminded(UUID id) {
        return jdbc.sql("UPDATE address_flag SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                        .params(java.sql.Timestamp.from(clock.instant()), id)
                        .update()
                > 0;
    }

    private UUID approver(FieldErrors errors, String value, UserIdentity me) {
        if (value == null || value.isBlank()) {
            errors.reject("approverId", "flags.error.approver");
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.reject("approverId", "flags.error.approver");
            return null;
        }
        if (id.equals(me.userId())) {
            errors.reject("approverId", "flags.error.approver-self");
            return null;
        }
        if (approverChoices(me.userId()).stream().noneMatch(p -> p.id().equals(id))) {
            errors.reject("approverId", "flags.error.approver");
            return null;
        }
        return id;
    }

    private static LocalDate date(FieldErrors errors, String field, String value) {
        String text = errors.text(field, value, true, 20);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> d = DateInput.parse(text);
        if (d.isEmpty()) {
            errors.reject(field, "flags.error.date");
            return null;
        }
        return d.get();
    }

    private static Flag flag(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new Flag(
                rs.getObject("id", UUID.class),
                rs.getString("bag_id"),
                rs.getString("address_label"),
                rs.getString("contact_name"),
                rs.getString("team"),
                rs.getString("phone"),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("approver_id", UUID.class),
                FlagCategory.valueOf(rs.getString("category")),
                rs.getString("reason"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("status"),
                rs.getTimestamp("asked_at").toInstant(),
                rs.getObject("approved_by", UUID.class),
                approvedAt == null ? null : approvedAt.toInstant(),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_note"));
    }

    private static Renewal renewal(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Renewal(
                rs.getObject("id", UUID.class),
                rs.getObject("flag_id", UUID.class),
                rs.getObject("asked_by", UUID.class),
                rs.getObject("asked_on", LocalDate.class),
                rs.getObject("approver_id", UUID.class),
                rs.getString("reason"),
                rs.getObject("previous_ends_on", LocalDate.class),
                rs.getObject("new_ends_on", LocalDate.class),
                rs.getString("status"),
                rs.getObject("decided_by", UUID.class),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}
