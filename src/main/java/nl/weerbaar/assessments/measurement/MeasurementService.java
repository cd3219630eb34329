package nl.weerbaar.assessments.measurement;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instrument.Question;
import nl.weerbaar.assessments.instrument.Instruments;
import nl.weerbaar.assessments.instrument.Mapping;
import nl.weerbaar.assessments.instrument.Mappings;
import nl.weerbaar.assessments.measurement.Measurements.Answer;
import nl.weerbaar.assessments.measurement.Measurements.Measurement;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measurements of the current municipality. Coordinators start, hand out, lock and turn gaps into actions;
 * colleagues answer the sections handed to them; coordinators, secretaries and managers read results.
 * Every read and change is audited in the same transaction.
 */
@Service
class MeasurementService {

    static final String TYPE = "measurement";

    /**
     * One question with its answer in this and (for a 1-meting) the previous measurement; both may be null.
     * {@code origin}: where a stored answer was taken over from (null when answered here); {@code suggestion}: an
     * answer of another instrument offered for a question not yet answered (null when there is none).
     */
    public record Item(
            Question question, Answer answer, Answer previous, Measurements.Origin origin, Suggestion suggestion) {}

    /** An answer of another instrument's newest measurement, converted to this question's answer type. */
    public record Suggestion(
            String value,
            UUID sourceAnswerId,
            String instrumentTitle,
            String measurementName,
            OffsetDateTime answeredAt) {}

    private final Measurements measurements;
    private final Instruments instruments;
    private final Mappings mappings;
    private final Organisation organisation;
    private final ActionPlans actions;
    private final AuditLog audit;

    MeasurementService(
            Measurements measurements,
            Instruments instruments,
            Mappings mappings,
            Organisation organisation,
            ActionPlans actions,
            AuditLog audit) {
        this.measurements = measurements;
        this.instruments = instruments;
        this.mappings = mappings;
        this.organisation = organisation;
        this.actions = actions;
        this.audit = audit;
    }

    static boolean manages(UserIdentity u) {
        return u.has(Role.COORDINATOR);
    }

    static boolean readsResults(UserIdentity u) {
        return u.hasAny(Role.COORDINATOR, Role.SECRETARY, Role.MANAGER);
    }

    /**
     * Starts a measurement. With {@code copyOf} the new one uses the same instrument version and shows the
     * answers of {@code copyOf} beside its own (empty) answers. With {@code takeOver}, answers that the newest
     * measurement of a mapped instrument already has are stored as taken over (marked as such; anyone answering the
     * section can change them); without, they are only offered when a section is opened.
     */
    @Transactional
    UUID start(UUID instrumentId, String name, UUID copyOf, boolean takeOver, UserIdentity by) {
        UUID instrument = instrumentId;
        if (copyOf != null) {
            instrument = find(copyOf).instrumentId();
        } else {
            instruments.info(instrumentId);
        }
        UUID id = measurements.insert(instrument, name, copyOf, by.userId());
        audit.record(AuditLog.Action.CREATE, TYPE, id, "measurement started");
        Map<String, Suggestion> offered = takeOver ? suggestions(find(id)) : Map.of();
        offered.forEach(
                (key, s) -> measurements.save(id, key, s.value(), null, null, null, s.sourceAnswerId(), by.userId()));
        if (!offered.isEmpty()) {
            audit.record(AuditLog.Action.UPDATE, TYPE, id, "answers taken over through a mapping");
        }
        return id;
    }

    /**
     * For each question of {@code m} linked by a mapping in force: the answer of the newest measurement of the
     * linked instrument, converted; of several, the most recently given one. Reads of other measurements are
     * audited.
     */
    Map<String, Suggestion> suggestions(Measurement m) {
        Instrument target = instrument(m);
        List<Mapping> inForce = mappings.inForce();
        Map<String, Optional<Measurement>> newest = new HashMap<>();
        Map<UUID, Map<String, Answer>> answersOf = new LinkedHashMap<>();
        Map<String, Suggestion> out = new LinkedHashMap<>();
        for (Question q : target.questionsByKey().values()) {
            for (Mapping mapping : inForce) {
                for (Mapping.Source source : mapping.sourcesFor(target.key(), q.key())) {
                    Optional<Measurement> from =
                            newest.computeIfAbsent(source.from().instrument(), k -> measurements.newestOf(k, m.id()));
                    if (from.isEmpty()) {
                        continue;
                    }
                    Answer a = answersOf
                            .computeIfAbsent(from.get().id(), measurements::answers)
                            .get(source.from().question());
                    String value = a == null || a.value() == null ? null : source.convert(a.value());
                    if (value == null || !q.type().accepts(value)) {
                        continue;
                    }
                    Suggestion s = new Suggestion(
                            value,
                            a.id(),
                            instruments.get(from.get().instrumentId()).title(),
                            from.get().name(),
                            a.answeredAt());
                    Suggestion earlier = out.get(q.key());
                    if (earlier == null || s.answeredAt().isAfter(earlier.answeredAt())) {
                        out.put(q.key(), s);
                    }
                }
            }
        }
        answersOf.keySet().forEach(source -> audit.read(TYPE, source, "answers offered to measurement " + m.id()));
        return out;
    }

    @Transactional
    Measurement view(UUID id, UserIdentity user) {
        Measurement m = find(id);
        if (!readsResults(user)
                && measurements.assignments(id).stream()
                        .noneMatch(a -> a.assigneeId().equals(user.userId()))) {
            throw new NotFoundException(TYPE, id);
        }
        audit.read(TYPE, id, "measurement");
        return m;
    }

    Instrument instrument(Measurement m) {
        return instruments.get(m.instrumentId());
    }

    List<Measurement> all() {
        return measurements.all();
    }

    /** Every measurement of the municipality, for those who read results; the read is audited. */
    @Transactional
    List<Measurement> list(UserIdentity user) {
        if (!readsResults(user)) {
            throw new org.springframework.security.access.AccessDeniedException("measurements");
        }
        audit.read(TYPE, null, "measurement list");
        return measurements.all();
    }

    Map<UUID, List<String>> assignedTo(UserIdentity user) {
        return measurements.assignedTo(user.userId());
    }

    List<Measurements.Assignment> assignments(UUID id) {
        return measurements.assignments(id);
    }

    /** Hands a section (pillar) to a colleague of the municipality. */
    @Transactional
    void assign(UUID id, String pillarKey, UUID assigneeId) {
        Measurement m = open(id);
        if (instrument(m).pillar(pillarKey).isEmpty()
                || organisation.person(assigneeId).isEmpty()) {
            throw new IllegalArgumentException("unknown section or person");
        }
        measurements.assign(id, pillarKey, assigneeId);
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "section handed out");
    }

    /** May this user answer this section? Coordinators may answer every section. */
    boolean mayAnswer(UUID id, String pillarKey, UserIdentity user) {
        return manages(user) || measurements.isAssigned(id, pillarKey, user.userId());
    }

    /** The questions of a section with current and previous answers; 404 when the user may not answer it. */
    @Transactional
    List<Item> section(UUID id, String pillarKey, UserIdentity user) {
        Measurement m = find(id);
        Instrument.Pillar pillar =
                instrument(m).pillar(pillarKey).orElseThrow(() -> new NotFoundException("section", pillarKey));
        if (!mayAnswer(id, pillarKey, user)) {
            throw new NotFoundException(TYPE, id);
        }
        audit.read(TYPE, id, "section " + pillarKey);
        Map<String, Answer> answers = measurements.answers(id);
        Map<String, Answer> previous = m.previousId() == null ? Map.of() : measurements.answers(m.previousId());
        Map<String, Measurements.Origin> origins = measurements.origins(id);
        boolean open = pillar.questions().stream()
                .anyMatch(q ->
                        answers.get(q.key()) == null || answers.get(q.key()).value() == null);
        Map<String, Suggestion> offered = open && !m.locked() ? suggestions(m) : Map.of();
        return pillar.questions().stream()
                .map(q -> {
                    Answer a = answers.get(q.key());
                    boolean unanswered = a == null || a.value() == null;
                    return new Item(
                            q,
                            a,
                            previous.get(q.key()),
                            a != null && a.takenOverFrom() != null ? origins.get(q.key()) : null,
                            unanswered ? offered.get(q.key()) : null);
                })
                .toList();
    }

    /** Saves the given answers of one section in one transaction (part-way saving is fine). */
    @Transactional
    void save(UUID id, String pillarKey, List<AnswerInput> inputs, UserIdentity user) {
        Measurement m = open(id);
        if (!mayAnswer(id, pillarKey, user)) {
            throw new NotFoundException(TYPE, id);
        }
        Map<String, Question> questions = instrument(m).questionsByKey();
        Map<String, Answer> existing = measurements.answers(id);
        Map<String, Suggestion> offered = null;
        for (AnswerInput in : inputs) {
            if (!questions.containsKey(in.questionKey())) {
                throw new IllegalArgumentException("unknown question");
            }
            // a value stays "taken over" while nobody changes it; an offered value saved as it was becomes taken over
            Answer before = existing.get(in.questionKey());
            UUID takenOver = null;
            if (in.value() != null
                    && before != null
                    && before.takenOverFrom() != null
                    && in.value().equals(before.value())) {
                takenOver = before.takenOverFrom();
            } else if (in.value() != null && (before == null || before.value() == null)) {
                offered = offered == null ? suggestions(m) : offered;
                Suggestion s = offered.get(in.questionKey());
                takenOver = s != null && s.value().equals(in.value()) ? s.sourceAnswerId() : null;
            }
            measurements.save(
                    id, in.questionKey(), in.value(), in.comment(), in.link(), in.file(), takenOver, user.userId());
        }
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "answers saved");
    }

    Map<String, Answer> answers(UUID id) {
        return measurements.answers(id);
    }

    /** Question key → where its stored answer was taken over from (only answers that were). */
    Map<String, Measurements.Origin> origins(UUID id) {
        return measurements.origins(id);
    }

    /** An open measurement before locking: how many of its questions have an answer. */
    record Lockable(Measurement measurement, int answered, int total) {
        int missing() {
            return total - answered;
        }
    }

    /**
     * What locking {@code id} would find, for the confirmation step; changes nothing. The read is audited;
     * {@link MeasurementClosedException} when it is locked already.
     */
    @Transactional
    Lockable lockable(UUID id) {
        Measurement m = open(id);
        int total = instrument(m).questionsByKey().size();
        int missing = missing(m);
        audit.read(TYPE, id, "lock confirmation");
        return new Lockable(m, total - missing, total);
    }

    /** Locks a complete measurement; returns the number of questions still open (0: locked). */
    @Transactional
    int lock(UUID id) {
        Measurement m = open(id);
        int missing = missing(m);
        if (missing == 0) {
            measurements.lock(id);
            audit.record(AuditLog.Action.UPDATE, TYPE, id, "measurement locked");
        }
        return missing;
    }

    private int missing(Measurement m) {
        Map<String, Answer> answers = measurements.answers(m.id());
        return (int) instrument(m).questionsByKey().keySet().stream()
                .filter(k -> answers.get(k) == null || answers.get(k).value() == null)
                .count();
    }

    /** Everybody with a role in the municipality, by name: who can own an action or answer a section. */
    List<Organisation.Person> people() {
        Map<UUID, Organisation.Person> byId = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            if (r != Role.OPERATOR) {
                organisation.withRole(r, null).forEach(p -> byId.putIfAbsent(p.id(), p));
            }
        }
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(Organisation.Person::displayName))
                .toList();
    }

    /** Actions that came from an answer, newest first. */
    List<ActionPlans.ActionSummary> actionsFor(Answer a) {
        return a == null ? List.of() : actions.forSource("assessments", a.id().toString());
    }

    UUID measurementOfAnswer(UUID answerId) {
        return measurements.measurementOf(answerId).orElseThrow(() -> new NotFoundException("answer", answerId));
    }

    @Transactional
    Measurements.Evidence evidence(UUID id, UUID answerId, UserIdentity user) {
        view(id, user);
        if (!id.equals(measurements.measurementOf(answerId).orElse(null))) {
            throw new NotFoundException("answer", answerId);
        }
        audit.record(AuditLog.Action.EXPORT, "measurement-evidence", answerId, "download evidence");
        return measurements.evidence(answerId).orElseThrow(() -> new NotFoundException("evidence", answerId));
    }

    @Transactional
    void auditExport(UUID id) {
        audit.record(AuditLog.Action.EXPORT, TYPE, id, "PDF report");
    }

    /** The instrument of an earlier measurement, for a follow-up of it; 404 when it does not exist. */
    UUID instrumentOf(UUID measurementId) {
        return find(measurementId).instrumentId();
    }

    private Measurement find(UUID id) {
        return measurements.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private Measurement open(UUID id) {
        Measurement m = find(id);
        if (m.locked()) {
            throw new MeasurementClosedException();
        }
        return m;
    }

    /** One answer as entered; {@code value}, {@code comment}, {@code link} and {@code file} may be null. */
    record AnswerInput(String questionKey, String value, String comment, String link, Measurements.Evidence file) {}
}
