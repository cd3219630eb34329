package nl.weerbaar.training.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training register (ADR 0902, 0903): kinds of training, sessions, attendance and the certification periods it
 * gives. The coordinator edits; a manager reads their own department's people; an employee reads their own periods.
 */
@Service
public class RegisterService {

    /** The smallest number of people a coverage figure may show. */
    static final int MIN_GROUP = 5;

    /** Certified people of one kind per department: a number, or {@code null} when hidden. */
    record CoverageRow(Register.Kind kind, Map<UUID, Long> perDepartment) {}

    static final Set<String> STATUSES = Set.of("ENROLLED", "ATTENDED");

    /** A person on a session's page with their status there (null: neither enrolled nor attended). */
    record Attendee(Organisation.Person person, String departmentName, String status) {}

    /** A group to enrol at once: everyone of a department, a position or a role. */
    record Group(String value, String label) {}

    record Groups(List<Group> departments, List<Group> positions, List<Group> roles) {}

    record SessionPage(Register.Session session, List<Attendee> people, boolean editable, Groups groups) {

        /** The people on the page who are enrolled (not yet attended). */
        public List<Attendee> enrolled() {
            return people.stream().filter(a -> "ENROLLED".equals(a.status())).toList();
        }
    }

    /** Certified people of one kind per vulnerable position: a number, or {@code null} when hidden. */
    record PositionRow(Register.Kind kind, Map<UUID, Long> perPosition) {}

    /** Incidents per 100 employees of a department over the last 12 months; {@code rate} null when hidden. */
    record IncidentRate(UUID departmentId, java.math.BigDecimal rate) {}

    /** One period as a person's history shows it. */
    record HistoryLine(Periods.Period period, LocalDate heldOn, CertState state, boolean renewed) {}

    record KindHistory(Register.Kind kind, List<HistoryLine> lines) {}

    /** A person's current state per kind (null: never enrolled). */
    record CertRow(Organisation.Person person, String departmentName, Map<UUID, CertState> perKind) {}

    private final Register register;
    private final Periods periods;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;
    private final Offers offers;
    private final nl.weerbaar.platform.Notifier notifier;
    private final nl.weerbaar.processes.VulnerablePositions vulnerable;
    private final nl.weerbaar.insights.IncidentCounts incidents;

    RegisterService(
            Register register,
            Periods periods,
            Organisation organisation,
            AuditLog audit,
            Clock clock,
            Offers offers,
            nl.weerbaar.platform.Notifier notifier,
            nl.weerbaar.processes.VulnerablePositions vulnerable,
            nl.weerbaar.insights.IncidentCounts incidents) {
        this.register = register;
        this.periods = periods;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
        this.offers = offers;
        this.notifier = notifier;
        this.vulnerable = vulnerable;
        this.incidents = incidents;
    }

    @Transactional(readOnly = true)
    List<Register.Kind> kinds() {
        return register.kinds();
    }

    @Transactional(readOnly = true)
    List<Register.Session> sessions(UserIdentity me) {
        requireReader(me);
        return register.sessions();
    }

    /**
     * Plans a session (the coordinator, or a manager for their own department, ADR 0907); refuses unknown kinds, bad
     * dates and places outside 1–500. With {@code offer}, the session answers that offer of training after an
     * incident (ADR 0908).
     */
    @Transactional
    UUID addSession(UserIdentity me, String kind, String heldOn, String trainer, String places, String offer) {
        requireReader(me);
        if (!me.has(Role.COORDINATOR) && me.departmentId() == null) {
            throw new NotAllowedException(FieldErrors.FORM, "register.error.notAllowed");
        }
        FieldErrors errors = new FieldErrors();
        UUID kindId = null;
        try {
            kindId = kind == null || kind.isBlank() ? null : UUID.fromString(kind.strip());
        } catch (IllegalArgumentException e) {
            kindId = null;
        }
        if (kindId == null || register.kind(kindId).isEmpty()) {
            errors.reject("kind", "register.error.kind");
        }
        LocalDate day = null;
        if (heldOn == null || heldOn.isBlank()) {
            errors.reject("heldOn", "error.required");
        } else {
            day = DateInput.parse(heldOn).orElse(null);
            if (day == null) {
                errors.reject("heldOn", "register.error.date");
            }
        }
        String who = errors.text("trainer", trainer, true, 120);
        int n = errors.number("places", places, 1, 500);
        errors.throwIfAny();
        UUID id = register.addSession(kindId, day, who, n, me.userId());
        audit.record(AuditLog.Action.CREATE, "training-session", id, "session planned");
        UUID offerId = uuidOrNull(offer);
        if (offerId != null) {
            offers.offers(me.has(Role.COORDINATOR) ? null : me.departmentId()).stream()
                    .filter(o -> o.id().equals(offerId))
                    .findFirst()
                    .ifPresent(o -> offers.planned(o.id(), id));
        }
        return id;
    }

    /** A session with the people the caller may see: the coordinator everyone, a manager their department. */
    @Transactional
    SessionPage session(UserIdentity me, UUID id) {
        requireReader(me);
        Register.Session s = register.session(id).orElseThrow(() -> new NotFoundException("training-session", id));
        Map<UUID, String> status = register.attendance(id);
        Map<UUID, String> departments = new LinkedHashMap<>();
        organisation.departments().forEach(d -> departments.put(d.id(), d.name()));
        List<Attendee> people = new ArrayList<>();
        for (Organisation.Person p : visiblePeople(me)) {
            people.add(new Attendee(p, departments.get(p.departmentId()), status.get(p.id())));
        }
        audit.read("training-session", id, "attendance of a training session");
        boolean editable = editable(me, s);
        return new SessionPage(
                s, people, editable, editable ? groups(me) : new Groups(List.of(), List.of(), List.of()));
    }

    /** The coordinator edits every session; a manager the sessions they planned, for their own people (ADR 0907). */
    private static boolean editable(UserIdentity me, Register.Session s) {
        return me.has(Role.COORDINATOR)
                || (me.has(Role.MANAGER)
                        && me.departmentId() != null
                        && me.userId().equals(s.createdBy()));
    }

    private Register.Session editableSession(UserIdentity me, UUID id) {
        requireReader(me);
        Register.Session s = register.session(id).orElseThrow(() -> new NotFoundException("training-session", id));
        if (!editable(me, s)) {
            throw new NotAllowedException(FieldErrors.FORM, "register.error.notAllowed");
        }
        return s;
    }

    private Groups groups(UserIdentity me) {
        List<Organisation.Person> people = visiblePeople(me);
        Set<UUID> departmentIds = new java.util.HashSet<>();
        Set<UUID> positionIds = new java.util.HashSet<>();
        people.forEach(p -> {
            departmentIds.add(p.departmentId());
            positionIds.add(p.positionId());
        });
        List<Group> departments = departments(me).stream()
                .filter(d -> departmentIds.contains(d.id()))
                .map(d -> new Group("department:" + d.id(), d.name()))
                .toList();
        List<Group> positions = organisation.positions().stream()
                .filter(p -> positionIds.contains(p.id()))
                .sorted(Comparator.comparing(Organisation.Position::name, String.CASE_INSENSITIVE_ORDER))
                .map(p -> new Group("position:" + p.id(), p.name()))
                .toList();
        List<Group> roles = ENROLLABLE_ROLES.stream()
                .map(r -> new Group("role:" + r.name(), r.name()))
                .toList();
        return new Groups(departments, positions, roles);
    }

    /** The roles a group enrolment offers (the employees holding them). */
    static final List<Role> ENROLLABLE_ROLES =
            List.of(Role.MANAGER, Role.CONFIDANT, Role.COORDINATOR, Role.SECRETARY, Role.LEGAL);

    /**
     * Enrols everyone of a department, a position or a role (as far as the caller may see them) who is not on the
     * session yet. All or nothing: an unknown group, a group without anyone new, or more people than the places left
     * are refused with nothing saved. Returns how many were enrolled.
     */
    @Transactional
    int enrolGroup(UserIdentity me, UUID id, String group) {
        Register.Session s = editableSession(me, id);
        FieldErrors errors = new FieldErrors();
        List<Organisation.Person> members = members(me, group);
        if (members == null) {
            errors.reject("group", "register.error.group");
            errors.throwIfAny();
        }
        Map<UUID, String> before = register.attendance(id);
        Map<UUID, String> after = new LinkedHashMap<>(before);
        List<UUID> fresh = new ArrayList<>();
        for (Organisation.Person p : members) {
            if (!before.containsKey(p.id())) {
                fresh.add(p.id());
                after.put(p.id(), "ENROLLED");
            }
        }
        if (fresh.isEmpty()) {
            errors.reject("group", "register.error.groupNobody");
        } else if (after.size() > s.places()) {
            errors.reject("group", "register.error.full", Math.max(0, s.places() - before.size()), fresh.size());
        }
        errors.throwIfAny();
        apply(me, s, before, after, fresh);
        return fresh.size();
    }

    /** The people of a group value ("department:…", "position:…", "role:…") the caller may see; null when unknown. */
    private List<Organisation.Person> members(UserIdentity me, String group) {
        if (group == null || group.isBlank() || group.length() > 60 || !group.contains(":")) {
            return null;
        }
        String type = group.substring(0, group.indexOf(':'));
        String value = group.substring(group.indexOf(':') + 1).strip();
        List<Organisation.Person> people = visiblePeople(me);
        switch (type) {
            case "department" -> {
                UUID d = uuidOrNull(value);
                if (d == null || departments(me).stream().noneMatch(x -> x.id().equals(d))) {
                    return null;
                }
                return people.stream().filter(p -> d.equals(p.departmentId())).toList();
            }
            case "position" -> {
                UUID pos = uuidOrNull(value);
                if (pos == null || organisation.position(pos).isEmpty()) {
                    return null;
                }
                return people.stream().filter(p -> pos.equals(p.positionId())).toList();
            }
            case "role" -> {
                Role role = ENROLLABLE_ROLES.stream()
                        .filter(r -> r.name().equals(value))
                        .findFirst()
                        .orElse(null);
                if (role == null) {
                    return null;
                }
                Set<UUID> holders = new java.util.HashSet<>();
                organisation.withRole(role, null).forEach(p -> holders.add(p.id()));
                return people.stream().filter(p -> holders.contains(p.id())).toList();
            }
            default -> {
                return null;
            }
        }
    }

    static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Records who is enrolled in and who attended a session (coordinator): {@code statuses} maps each person to
     * ENROLLED, ATTENDED or blank (neither). All or nothing: unknown people, unknown values, more people than places,
     * or attendance of a session still to come are refused. Attending opens a certification period from the day of
     * the session; earlier periods stay as they are.
     */
    @Transactional
    void recordAttendance(UserIdentity me, UUID id, Map<UUID, String> statuses) {
        Register.Session s = editableSession(me, id);
        Map<UUID, String> before = register.attendance(id);
        Set<UUID> known = new java.util.HashSet<>();
        visiblePeople(me).forEach(p -> known.add(p.id()));
        FieldErrors errors = new FieldErrors();
        Map<UUID, String> after = new LinkedHashMap<>(before);
        LocalDate today = DutchTime.today(clock);
        statuses.forEach((person, value) -> {
            String field = "p-" + person;
            String v = value == null || value.isBlank() ? null : value.strip();
            if (!known.contains(person)) {
                errors.reject(field, "register.error.person");
            } else if (v != null && !STATUSES.contains(v)) {
                errors.reject(field, "error.choice");
            } else if ("ATTENDED".equals(v) && s.heldOn().isAfter(today)) {
                errors.reject(field, "register.error.notYetHeld");
            } else if (v == null) {
                after.remove(person);
            } else {
                after.put(person, v);
            }
        });
        if (!errors.any() && after.size() > s.places()) {
            errors.rejectForm("register.error.places", s.places(), after.size());
        }
        errors.throwIfAny();
        apply(me, s, before, after, statuses.keySet());
    }

    /**
     * Reads a session's attendance from a CSV file (coordinator): the people in the file get the status given there,
     * the others keep theirs. All or nothing: every problem of the file is reported with its line and column.
     */
    @Transactional
    int importAttendance(UserIdentity me, UUID id, byte[] file) {
        requireCoordinator(me);
        Register.Session s = register.session(id).orElseThrow(() -> new NotFoundException("training-session", id));
        Map<UUID, String> read = AttendanceImport.read(file, organisation.withRole(Role.EMPLOYEE, null));
        Map<UUID, String> before = register.attendance(id);
        Map<UUID, String> after = new LinkedHashMap<>(before);
        after.putAll(read);
        List<AttendanceImport.Problem> problems = new ArrayList<>();
        if (s.heldOn().isAfter(DutchTime.today(clock)) && read.containsValue("ATTENDED")) {
            problems.add(new AttendanceImport.Problem(0, null, "register.error.notYetHeld", List.of()));
        }
        if (after.size() > s.places()) {
            problems.add(
                    new AttendanceImport.Problem(0, null, "register.error.places", List.of(s.places(), after.size())));
        }
        if (!problems.isEmpty()) {
            throw new AttendanceImport.Refused(problems);
        }
        apply(me, s, before, after, read.keySet());
        return read.size();
    }

    private void apply(
            UserIdentity me,
            Register.Session s,
            Map<UUID, String> before,
            Map<UUID, String> after,
            java.util.Collection<UUID> touched) {
        UUID id = s.id();
        int changed = 0;
        List<nl.weerbaar.platform.Notifier.LinkMail> mails = new ArrayList<>();
        String day = s.heldOn().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        for (UUID person : touched) {
            String was = before.get(person);
            String now = after.get(person);
            if (Objects.equals(was, now)) {
                continue;
            }
            changed++;
            if (now == null) {
                register.withdraw(id, person);
                periods.withdraw(person, id);
            } else {
                register.attend(id, person, now, me.userId(), clock.instant());
                if ("ATTENDED".equals(now)) {
                    periods.attended(
                            person, s.kindId(), id, s.heldOn(), s.heldOn().plusMonths(s.validMonths()));
                } else {
                    periods.pending(person, s.kindId(), id);
                    if (was == null && !s.heldOn().isBefore(DutchTime.today(clock))) {
                        organisation
                                .person(person)
                                .map(Organisation.Person::email)
                                .ifPresent(to -> mails.add(new nl.weerbaar.platform.Notifier.LinkMail(
                                        to,
                                        "register.mail.enrolled",
                                        "/opleidingen/personen/" + person,
                                        List.of(s.kindName(), day))));
                    }
                }
            }
        }
        if (!mails.isEmpty()) {
            notifier.sendLinks(mails);
        }
        if (changed > 0) {
            audit.record(AuditLog.Action.UPDATE, "training-session", id, "attendance recorded for " + changed);
        }
    }

    /** Current state per person and kind, for the people the caller may see (coordinator all, manager own). */
    @Transactional
    List<CertRow> certifications(UserIdentity me) {
        requireReader(me);
        LocalDate today = DutchTime.today(clock);
        Map<UUID, Map<UUID, CertState>> current = new java.util.HashMap<>();
        for (Periods.Period p : periods.all()) {
            Map<UUID, CertState> row = current.computeIfAbsent(p.userId(), k -> new java.util.HashMap<>());
            CertState st = CertState.of(p.validUntil(), today);
            // periods come oldest first, pending last: a pending one only counts when nothing was attended
            if (p.validUntil() != null || !row.containsKey(p.kindId())) {
                row.put(p.kindId(), st);
            }
        }
        Map<UUID, String> departments = new LinkedHashMap<>();
        organisation.departments().forEach(d -> departments.put(d.id(), d.name()));
        List<CertRow> rows = new ArrayList<>();
        for (Organisation.Person p : visiblePeople(me)) {
            rows.add(new CertRow(p, departments.get(p.departmentId()), current.getOrDefault(p.id(), Map.of())));
        }
        audit.read("training-certifications", null, "certification states per person");
        return rows;
    }

    /**
     * How many people per department hold a current certification (valid or due soon) per kind: the coordinator sees
     * every department, a manager their own. Counts below {@link #MIN_GROUP} are hidden, with complementary
     * suppression along each kind's row (ADR 0905).
     */
    @Transactional
    List<CoverageRow> coverage(UserIdentity me) {
        requireReader(me);
        LocalDate today = DutchTime.today(clock);
        UUID only = me.has(Role.COORDINATOR) ? null : me.departmentId();
        if (!me.has(Role.COORDINATOR) && only == null) {
            return List.of();
        }
        Map<UUID, UUID> departmentOf = new java.util.HashMap<>();
        organisation.withRole(Role.EMPLOYEE, only).forEach(p -> {
            if (p.departmentId() != null) {
                departmentOf.put(p.id(), p.departmentId());
            }
        });
        // the latest attended period per person and kind decides
        Map<UUID, Map<UUID, LocalDate>> latest = new java.util.HashMap<>();
        for (Periods.Period p : periods.all()) {
            if (p.validUntil() != null && departmentOf.containsKey(p.userId())) {
                latest.computeIfAbsent(p.kindId(), k -> new java.util.HashMap<>())
                        .merge(p.userId(), p.validUntil(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<CoverageRow> rows = new ArrayList<>();
        for (Register.Kind k : register.kinds()) {
            Map<UUID, Long> cells = new LinkedHashMap<>();
            for (Organisation.Department d : departments(me)) {
                cells.put(d.id(), 0L);
            }
            latest.getOrDefault(k.id(), Map.of()).forEach((person, until) -> {
                CertState st = CertState.of(until, today);
                if (st == CertState.VALID || st == CertState.DUE_SOON) {
                    cells.computeIfPresent(departmentOf.get(person), (d, n) -> n + 1);
                }
            });
            Set<UUID> hidden = nl.weerbaar.platform.SmallCells.line(cells, MIN_GROUP);
            Map<UUID, Long> shown = new LinkedHashMap<>();
            cells.forEach((d, n) -> shown.put(d, hidden.contains(d) ? null : n));
            rows.add(new CoverageRow(k, shown));
        }
        audit.read("training-coverage", null, "certified people per department");
        return rows;
    }

    /**
     * How many people per vulnerable position (as the processes register marks them, matched by name to the
     * municipality's positions) hold a current certification per kind, hidden below {@link #MIN_GROUP} as for the
     * departments (ADR 0906). The coordinator counts everyone, a manager their own department.
     */
    @Transactional
    List<PositionRow> coverageByPosition(UserIdentity me, List<Organisation.Position> positions) {
        requireReader(me);
        LocalDate today = DutchTime.today(clock);
        UUID only = me.has(Role.COORDINATOR) ? null : me.departmentId();
        if (!me.has(Role.COORDINATOR) && only == null) {
            return List.of();
        }
        Set<UUID> shownPositions = new java.util.HashSet<>();
        positions.forEach(p -> shownPositions.add(p.id()));
        Map<UUID, UUID> positionOf = new java.util.HashMap<>();
        organisation.withRole(Role.EMPLOYEE, only).forEach(p -> {
            if (p.positionId() != null && shownPositions.contains(p.positionId())) {
                positionOf.put(p.id(), p.positionId());
            }
        });
        Map<UUID, Map<UUID, LocalDate>> latest = new java.util.HashMap<>();
        for (Periods.Period p : periods.all()) {
            if (p.validUntil() != null && positionOf.containsKey(p.userId())) {
                latest.computeIfAbsent(p.kindId(), k -> new java.util.HashMap<>())
                        .merge(p.userId(), p.validUntil(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<PositionRow> rows = new ArrayList<>();
        for (Register.Kind k : register.kinds()) {
            Map<UUID, Long> cells = new LinkedHashMap<>();
            positions.forEach(p -> cells.put(p.id(), 0L));
            latest.getOrDefault(k.id(), Map.of()).forEach((person, until) -> {
                CertState st = CertState.of(until, today);
                if (st == CertState.VALID || st == CertState.DUE_SOON) {
                    cells.computeIfPresent(positionOf.get(person), (d, n) -> n + 1);
                }
            });
            Set<UUID> hidden = nl.weerbaar.platform.SmallCells.line(cells, MIN_GROUP);
            Map<UUID, Long> shown = new LinkedHashMap<>();
            cells.forEach((d, n) -> shown.put(d, hidden.contains(d) ? null : n));
            rows.add(new PositionRow(k, shown));
        }
        audit.read("training-coverage", null, "certified people per vulnerable position");
        return rows;
    }

    /** The municipality's positions that the processes register marks vulnerable, matched by name. */
    @Transactional(readOnly = true)
    List<Organisation.Position> vulnerablePositions(UserIdentity me) {
        requireReader(me);
        Set<String> names = new java.util.HashSet<>();
        vulnerable.names().forEach(n -> names.add(n.strip().toLowerCase(java.util.Locale.ROOT)));
        return organisation.positions().stream()
                .filter(p -> names.contains(p.name().strip().toLowerCase(java.util.Locale.ROOT)))
                .sorted(Comparator.comparing(Organisation.Position::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Incidents per 100 employees per department over the 12 months up to today, from the analyses' read model
     * (ADR 0906). Hidden when the department has fewer than {@link #MIN_GROUP} employees or 1 to {@code MIN_GROUP - 1}
     * incidents, as the analyses hide small counts.
     */
    @Transactional(readOnly = true)
    List<IncidentRate> incidentRates(UserIdentity me) {
        requireReader(me);
        LocalDate today = DutchTime.today(clock);
        Map<UUID, Long> counts = incidents.perDepartment(today.minusMonths(12).plusDays(1), today.plusDays(1));
        List<IncidentRate> rates = new ArrayList<>();
        for (Organisation.Department d : departments(me)) {
            long staff = organisation.withRole(Role.EMPLOYEE, d.id()).size();
            rates.add(new IncidentRate(d.id(), rate(counts.getOrDefault(d.id(), 0L), staff)));
        }
        return rates;
    }

    /**
     * Incidents per 100 employees with one decimal, or null when it may not be shown: fewer than {@link #MIN_GROUP}
     * employees, or 1 to {@code MIN_GROUP - 1} incidents.
     */
    static java.math.BigDecimal rate(long incidents, long staff) {
        if (staff < MIN_GROUP || (incidents > 0 && incidents < MIN_GROUP)) {
            return null;
        }
        return java.math.BigDecimal.valueOf(incidents * 100)
                .divide(java.math.BigDecimal.valueOf(staff), 1, java.math.RoundingMode.HALF_UP);
    }

    /** The sessions still to come that a person is enrolled in (the person themselves, their manager, the coordinator). */
    @Transactional(readOnly = true)
    List<Register.Upcoming> upcoming(UserIdentity me, UUID person) {
        Organisation.Person p = visiblePerson(me, person);
        return register.upcoming(p.id(), DutchTime.today(clock));
    }

    /** For the start page: how many sessions to come the user is enrolled in (one indexed count). */
    @Transactional(readOnly = true)
    long countUpcoming(UserIdentity me) {
        return register.countUpcoming(me.userId(), DutchTime.today(clock));
    }

    List<Organisation.Department> departments(UserIdentity me) {
        return organisation.departments().stream()
                .filter(d -> me.has(Role.COORDINATOR) || d.id().equals(me.departmentId()))
                .toList();
    }

    /** One person's periods per kind, oldest first, renewed ones kept: the coordinator, their manager or themselves. */
    @Transactional
    List<KindHistory> history(UserIdentity me, UUID person) {
        Organisation.Person p = visiblePerson(me, person);
        LocalDate today = DutchTime.today(clock);
        Map<UUID, LocalDate> held = new java.util.HashMap<>();
        register.sessions().forEach(s -> held.put(s.id(), s.heldOn()));
        List<Periods.Period> all = periods.ofPerson(p.id());
        List<KindHistory> result = new ArrayList<>();
        for (Register.Kind k : register.kinds()) {
            List<Periods.Period> mine =
                    all.stream().filter(x -> x.kindId().equals(k.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            LocalDate lastStart = mine.stream()
                    .map(Periods.Period::startedOn)
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            List<HistoryLine> lines = new ArrayList<>();
            for (Periods.Period x : mine) {
                boolean renewed = x.startedOn() != null
                        && lastStart != null
                        && x.startedOn().isBefore(lastStart);
                lines.add(new HistoryLine(x, held.get(x.sessionId()), CertState.of(x.validUntil(), today), renewed));
            }
            result.add(new KindHistory(k, lines));
        }
        audit.read("training-person", p.id(), "certification history of a person");
        return result;
    }

    @Transactional(readOnly = true)
    Organisation.Person person(UserIdentity me, UUID person) {
        return visiblePerson(me, person);
    }

    private Organisation.Person visiblePerson(UserIdentity me, UUID person) {
        Organisation.Person p = organisation.person(person).orElseThrow(() -> new NotFoundException("person", person));
        boolean allowed = me.has(Role.COORDINATOR)
                || me.userId().equals(p.id())
                || (me.has(Role.MANAGER)
                        && me.departmentId() != null
                        && me.departmentId().equals(p.departmentId()));
        if (!allowed) {
            throw new NotFoundException("person", person);
        }
        return p;
    }

    private List<Organisation.Person> visiblePeople(UserIdentity me) {
        if (me.has(Role.COORDINATOR)) {
            return sorted(organisation.withRole(Role.EMPLOYEE, null));
        }
        if (me.departmentId() == null) {
            return List.of();
        }
        return sorted(organisation.withRole(Role.EMPLOYEE, me.departmentId()));
    }

    private static List<Organisation.Person> sorted(List<Organisation.Person> people) {
        return people.stream()
                .sorted(Comparator.comparing(Organisation.Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static void requireReader(UserIdentity me) {
        if (!me.hasAny(Role.COORDINATOR, Role.MANAGER)) {
            throw new NotAllowedException(FieldErrors.FORM, "register.error.notAllowed");
        }
    }

    private static void requireCoordinator(UserIdentity me) {
        if (!me.has(Role.COORDINATOR)) {
            throw new NotAllowedException(FieldErrors.FORM, "register.error.notAllowed");
        }
    }
}
