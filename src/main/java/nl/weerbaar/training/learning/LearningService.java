package nl.weerbaar.training.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.SmallCells;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons, answers and the schedule that brings questions back (ADR 0900, 0901). A person's answers and schedule are
 * theirs alone: every method that touches them works on the caller's own cards. Completion figures for managers and
 * the coordinator are counts per department, hidden below {@link #MIN_GROUP} with complementary suppression.
 */
@Service
public class LearningService {

    /** The smallest number of people a completion figure may show. */
    static final int MIN_GROUP = 5;

    /** A lesson in the list, with whether the caller finished it. */
    record LessonItem(Lesson lesson, boolean completed) {}

    /** How one answer went and when the question comes back. */
    record Outcome(Lesson.Question question, int chosen, boolean right, LocalDate dueOn) {}

    /** A question due for the caller, with its lesson. */
    record DueQuestion(Lesson lesson, Lesson.Question question) {}

    /** Completions of one lesson per department: shown as a number or hidden ({@code null}). */
    record CompletionRow(Lesson lesson, Map<UUID, Long> perDepartment) {}

    private final Lessons lessons;
    private final Cards cards;
    private final Recall recall;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;

    LearningService(Lessons lessons, Cards cards, Organisation organisation, AuditLog audit, Clock clock) {
        this.lessons = lessons;
        this.cards = cards;
        this.recall = new Fsrs();
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<LessonItem> overview(UserIdentity me) {
        Set<String> done = Set.copyOf(cards.completedBy(me.userId()));
        return lessons.all().stream()
                .map(l -> new LessonItem(l, done.contains(l.key())))
                .toList();
    }

    Lesson lesson(String key) {
        return lessons.find(key).orElseThrow(() -> new NotFoundException("lesson", key));
    }

    @Transactional(readOnly = true)
    public long countDue(UserIdentity me) {
        return cards.countDue(me.userId(), DutchTime.today(clock));
    }

    @Transactional(readOnly = true)
    List<DueQuestion> due(UserIdentity me) {
        List<DueQuestion> due = new ArrayList<>();
        for (Cards.Card c : cards.due(me.userId(), DutchTime.today(clock))) {
            lessons.find(c.lessonKey())
                    .ifPresent(l -> l.questions().stream()
                            .filter(q -> q.key().equals(c.questionKey()))
                            .findFirst()
                            .ifPresent(q -> due.add(new DueQuestion(l, q))));
        }
        return due;
    }

    /**
     * Records the caller's answers to a whole lesson (every question must be answered) and marks it finished;
     * returns how each answer went and when its question comes back.
     */
    @Transactional
    List<Outcome> answerLesson(UserIdentity me, String lessonKey, Map<String, String> answers) {
        Lesson lesson = lesson(lessonKey);
        List<Outcome> outcomes = record(me, lesson, lesson.questions(), answers);
        cards.completed(me.userId(), lesson.key(), lesson.version(), me.departmentId(), DutchTime.today(clock));
        return outcomes;
    }

    /**
     * Records the caller's answers to the questions due today; a question answered that is not due is refused, one
     * left unanswered stays due.
     */
    @Transactional
    List<Outcome> answerDue(UserIdentity me, Map<String, String> answers) {
        Map<String, DueQuestion> due = new LinkedHashMap<>();
        for (DueQuestion d : due(me)) {
            due.put(field(d.lesson(), d.question()), d);
        }
        List<Outcome> outcomes = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
        Map<Lesson, List<Lesson.Question>> byLesson = new LinkedHashMap<>();
        for (String field : answers.keySet()) {
            DueQuestion d = due.get(field);
            if (d == null) {
                errors.reject(field, "training.error.notDue");
            } else {
                byLesson.computeIfAbsent(d.lesson(), k -> new ArrayList<>()).add(d.question());
            }
        }
        if (answers.isEmpty() && !due.isEmpty()) {
            errors.rejectForm("training.error.noneAnswered");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        byLesson.forEach((lesson, questions) -> outcomes.addAll(record(me, lesson, questions, answers)));
        return outcomes;
    }

    /** The form field of a question: lesson key and question key. */
    static String field(Lesson lesson, Lesson.Question q) {
        return lesson.key() + "/" + q.key();
    }

    private List<Outcome> record(
            UserIdentity me, Lesson lesson, List<Lesson.Question> questions, Map<String, String> answers) {
        FieldErrors errors = new FieldErrors();
        Map<Lesson.Question, Integer> chosen = new HashMap<>();
        for (Lesson.Question q : questions) {
            String value = answers.get(field(lesson, q));
            int index = -1;
            try {
                index = value == null ? -1 : Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= q.options().size()) {
                errors.reject(field(lesson, q), "training.error.choose");
            } else {
                chosen.put(q, index);
            }
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = DutchTime.today(clock);
        double retention = cards.retention();
        Map<String, Cards.Card> existing = cards.ofLesson(me.userId(), lesson.key());
        List<Outcome> outcomes = new ArrayList<>();
        for (Lesson.Question q : questions) {
            int index = chosen.get(q);
            boolean right = index == q.correct();
            Recall.Grade grade = Recall.Grade.of(right);
            Cards.Card before = existing.get(q.key());
            if (before != null && before.lastAnsweredOn().equals(today)) {
                // answered today already (the form sent twice, or the lesson taken again): counts once a day
                outcomes.add(new Outcome(q, index, right, before.dueOn()));
                continue;
            }
            Recall.Memory memory = before == null
                    ? recall.first(grade)
                    : recall.next(
                            before.memory(),
                            grade,
                            Math.max(0, ChronoUnit.DAYS.between(before.lastAnsweredOn(), today)));
            LocalDate due = today.plusDays(recall.intervalDays(memory, retention));
            cards.save(
                    me.userId(),
                    new Cards.Card(
                            lesson.key(),
                            q.key(),
                            memory,
                            before == null ? 1 : before.reps() + 1,
                            (before == null ? 0 : before.lapses()) + (right ? 0 : 1),
                            today,
                            due));
            outcomes.add(new Outcome(q, index, right, due));
        }
        return outcomes;
    }

    /**
     * Who finished which lesson, per department: a manager sees their own department, the coordinator and the
     * secretary all. Counts below {@link #MIN_GROUP} are hidden, and so is the next smallest of a lesson's row when
     * a total would give a hidden one away.
     */
    @Transactional
    List<CompletionRow> completions(UserIdentity me) {
        boolean all = me.has(Role.COORDINATOR) || me.has(Role.SECRETARY);
        if (!all && !me.has(Role.MANAGER)) {
            throw new NotAllowedException(FieldErrors.FORM, "training.error.notAllowed");
        }
        UUID only = all ? null : me.departmentId();
        if (!all && only == null) {
            return List.of();
        }
        audit.read("learning-completions", null, "completion of lessons per department");
        Map<String, Map<UUID, Long>> counts = new HashMap<>();
        for (Cards.Completed c : cards.completions(only)) {
            if (c.departmentId() != null) {
                counts.computeIfAbsent(c.lessonKey(), k -> new HashMap<>()).put(c.departmentId(), c.people());
            }
        }
        List<CompletionRow> rows = new ArrayList<>();
        for (Lesson l : lessons.all()) {
            Map<UUID, Long> cells = new LinkedHashMap<>();
            for (Organisation.Department d : organisation.departments()) {
                if (only == null || d.id().equals(only)) {
                    cells.put(d.id(), counts.getOrDefault(l.key(), Map.of()).getOrDefault(d.id(), 0L));
                }
            }
            Set<UUID> hidden = SmallCells.line(cells, MIN_GROUP);
            Map<UUID, Long> shown = new LinkedHashMap<>();
            cells.forEach((d, n) -> shown.put(d, hidden.contains(d) ? null : n));
            rows.add(new CompletionRow(l, shown));
        }
        return rows;
    }

    List<Organisation.Department> departments(UserIdentity me) {
        boolean all = me.has(Role.COORDINATOR) || me.has(Role.SECRETARY);
        return organisation.departments().stream()
                .filter(d -> all || d.id().equals(me.departmentId()))
                .toList();
    }

    @Transactional(readOnly = true)
    double retention() {
        return cards.retention();
    }

    /** Sets the municipality's target retention (coordinator), 0.70–0.97. */
    @Transactional
    void retention(UserIdentity me, String value) {
        if (!me.has(Role.COORDINATOR)) {
            throw new NotAllowedException(FieldErrors.FORM, "training.error.notAllowed");
        }
        BigDecimal r;
        try {
            r = new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("retention", "training.error.retention");
        }
        if (r.compareTo(new BigDecimal("0.70")) < 0 || r.compareTo(new BigDecimal("0.97")) > 0 || r.scale() > 2) {
            throw new InvalidInputException("retention", "training.error.retention");
        }
        cards.retention(r);
        audit.record(AuditLog.Action.UPDATE, "learning-setting", null, "target retention " + r);
    }
}
