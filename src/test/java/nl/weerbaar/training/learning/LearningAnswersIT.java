package nl.weerbaar.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Answers that are not what the form offers (not due, someone else's, another municipality's, out of range, not a
 * number, huge, without lesson), an answer sent twice, and the longest lesson on a phone.
 */
class LearningAnswersIT extends BrowserTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Autowired
    LearningService service;

    @Autowired
    Lessons lessons;

    Lesson lesson;
    UserIdentity employee;
    UserIdentity coordinator;
    UserIdentity otherTown;

    @BeforeEach
    void people() {
        at(DAY);
        lesson = lessons.find("norm-en-melden").orElseThrow();
        employee = identity(Demo.VOORBEELDSTAD, "medewerker", Role.EMPLOYEE);
        coordinator = identity(Demo.VOORBEELDSTAD, "coordinator", Role.COORDINATOR);
        UUID kleindorpEmployee = TenantContext.callAs(
                Demo.KLEINDORP, () -> jdbc.sql("""
                                SELECT u.id FROM app_user u JOIN user_role r ON r.user_id = u.id
                                 WHERE r.role = 'EMPLOYEE' ORDER BY u.username LIMIT 1""").query(UUID.class).single());
        otherTown = new UserIdentity(kleindorpEmployee, Demo.KLEINDORP, "ander", "Ander", Set.of(Role.EMPLOYEE), null);
        forget();
    }

    @AfterEach
    void forget() {
        for (UUID tenant : List.of(Demo.VOORBEELDSTAD, Demo.KLEINDORP)) {
            for (UUID user : List.of(employee.userId(), coordinator.userId(), otherTown.userId())) {
                TenantContext.runAs(tenant, () -> {
                    for (String table : List.of("learning_card", "learning_completion")) {
                        jdbc.sql("DELETE FROM " + table + " WHERE user_id = ?")
                                .param(user)
                                .update();
                    }
                });
            }
        }
    }

    private void at(LocalDate day) {
        clock.setTo(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant());
    }

    private UserIdentity identity(UUID tenant, String username, Role role) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id, department_id FROM app_user WHERE username = ?")
                        .param(username)
                        .query((rs, n) -> new UserIdentity(
                                rs.getObject("id", UUID.class),
                                tenant,
                                username,
                                username,
                                Set.of(role),
                                rs.getObject("department_id", UUID.class)))
                        .single());
    }

    private Map<String, String> allRight() {
        Map<String, String> answers = new HashMap<>();
        lesson.questions().forEach(q -> answers.put(LearningService.field(lesson, q), String.valueOf(q.correct())));
        return answers;
    }

    private String firstField() {
        return LearningService.field(lesson, lesson.questions().get(0));
    }

    private List<LearningService.Outcome> answerLesson(UserIdentity me, Map<String, String> answers) {
        return TenantContext.callAs(me.tenantId(), () -> service.answerLesson(me, lesson.key(), answers));
    }

    private List<LearningService.Outcome> answerDue(UserIdentity me, Map<String, String> answers) {
        return TenantContext.callAs(me.tenantId(), () -> service.answerDue(me, answers));
    }

    private Map<String, String> refused(Runnable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
        assertThat(e).as("refused").isNotNull();
        return e.errors().keys();
    }

    /** The caller's cards: question key → "reps due". */
    private Map<String, String> cards(UserIdentity me) {
        Map<String, String> out = new HashMap<>();
        TenantContext.runAs(
                me.tenantId(),
                () -> jdbc.sql("SELECT question_key, reps, due_on FROM learning_card WHERE user_id = ?")
                        .param(me.userId())
                        .query((rs, n) -> out.put(rs.getString(1), rs.getInt(2) + " " + rs.getObject(3)))
                        .list());
        return out;
    }

    @Test
    void answersTheFormDoesNotOfferAreRefusedAndNothingIsKept() {
        for (String bad : List.of("-1", "4", "99", "een", "1.0", "", "99999999999999999999999", "9".repeat(100_000))) {
            Map<String, String> answers = allRight();
            answers.put(firstField(), bad);
            assertThat(refused(() -> answerLesson(employee, answers)))
                    .as("answer %s", bad.length() > 30 ? bad.substring(0, 30) + "…" : bad)
                    .containsExactly(Map.entry(firstField(), "training.error.choose"));
        }
        Map<String, String> missing = allRight();
        missing.remove(firstField());
        assertThat(refused(() -> answerLesson(employee, missing)))
                .containsExactly(Map.entry(firstField(), "training.error.choose"));
        assertThat(cards(employee)).as("no answer of a refused form is kept").isEmpty();

        // a lesson that does not exist
        assertThat(catchThrowableOfType(
                        NotFoundException.class,
                        () -> TenantContext.callAs(
                                Demo.VOORBEELDSTAD, () -> service.answerLesson(employee, "bestaat-niet", allRight()))))
                .isNotNull();
        WebClient web = loginAs("medewerker");
        web.get("/leren/les/" + lesson.key());
        assertThat(web.postForm("/leren/les/bestaat-niet", allRight()).statusCode())
                .isEqualTo(404);
        assertThat(web.postForm("/leren/les/", allRight()).statusCode()).isIn(404, 405);
        assertThat(cards(employee)).isEmpty();
    }

    @Test
    void dueAnswersForAQuestionNotDueOrSomeoneElsesOrAnotherMunicipalitysAreRefused() {
        // the coordinator answers the lesson, one question wrong: that one is the coordinator's, due tomorrow
        Map<String, String> wrongFirst = allRight();
        Lesson.Question q0 = lesson.questions().get(0);
        wrongFirst.put(
                firstField(), String.valueOf((q0.correct() + 1) % q0.options().size()));
        answerLesson(coordinator, wrongFirst);
        Map<String, String> coordinatorsCards = cards(coordinator);
        at(DAY.plusDays(1));
        Map<String, String> answer = Map.of(firstField(), String.valueOf(q0.correct()));

        // the employee has no such card: not due for them, and the coordinator's card is untouched
        assertThat(refused(() -> answerDue(employee, answer)))
                .containsExactly(Map.entry(firstField(), "training.error.notDue"));
        // someone of another municipality neither
        assertThat(refused(() -> answerDue(otherTown, answer)))
                .containsExactly(Map.entry(firstField(), "training.error.notDue"));
        // a question of the lesson that is not due yet, a lesson that does not exist, a field without a lesson
        String notDue = LearningService.field(lesson, lesson.questions().get(1));
        assertThat(refused(() -> answerDue(coordinator, Map.of(notDue, "0", "bestaat-niet/vraag", "0"))))
                .containsOnly(
                        Map.entry(notDue, "training.error.notDue"),
                        Map.entry("bestaat-niet/vraag", "training.error.notDue"));
        assertThat(refused(() -> answerDue(coordinator, Map.of(firstField(), "7"))))
                .containsExactly(Map.entry(firstField(), "training.error.choose"));
        assertThat(cards(coordinator)).isEqualTo(coordinatorsCards);
        assertThat(cards(employee)).isEmpty();
        assertThat(cards(otherTown)).isEmpty();

        // answered once it counts; the same answer sent again is no longer due and counts not again
        assertThat(answerDue(coordinator, answer)).hasSize(1);
        Map<String, String> after = cards(coordinator);
        assertThat(after.get(q0.key())).startsWith("2 ");
        assertThat(refused(() -> answerDue(coordinator, answer)))
                .containsExactly(Map.entry(firstField(), "training.error.notDue"));
        assertThat(cards(coordinator)).isEqualTo(after);
    }

    @Test
    void aLessonSentTwiceTheSameDayCountsOnce() {
        List<LearningService.Outcome> first = answerLesson(employee, allRight());
        Map<String, String> once = cards(employee);
        assertThat(once.values()).allMatch(v -> v.startsWith("1 "));
        List<LearningService.Outcome> again = answerLesson(employee, allRight());
        assertThat(cards(employee)).as("the replay changes no card").isEqualTo(once);
        assertThat(again)
                .extracting(LearningService.Outcome::dueOn)
                .containsExactlyElementsOf(
                        first.stream().map(LearningService.Outcome::dueOn).toList());
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM learning_completion WHERE user_id = ?")
                                .param(employee.userId())
                                .query(Long.class)
                                .single()))
                .isOne();
        // the next day taking the lesson again is a review and counts
        at(DAY.plusDays(1));
        answerLesson(employee, allRight());
        assertThat(cards(employee).values()).allMatch(v -> v.startsWith("2 "));
    }

    @Test
    void theLongestLessonFitsAPhone() {
        Lesson longest = lessons.all().stream()
                .max(Comparator.comparingInt(LearningAnswersIT::length))
                .orElseThrow();
        Page page = newPage(390, 844);
        login(page, "medewerker");
        page.navigate("/leren/les/" + longest.key());
        assertThat(page.locator("fieldset.question").count())
                .isEqualTo(longest.questions().size());
        assertFitsWidth(page);
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/learning-longest-390.png"))
                .setFullPage(true));
        for (Lesson.Question q : longest.questions()) {
            page.locator("input[name='" + longest.key() + "/" + q.key() + "'][value='"
                            + (q.options().size() - 1) + "']")
                    .check();
        }
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("[data-due]").count())
                .isEqualTo(longest.questions().size());
        assertFitsWidth(page);
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/learning-longest-outcome-390.png"))
                .setFullPage(true));
    }

    private static void assertFitsWidth(Page page) {
        Object width = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(390);
    }

    private static int length(Lesson l) {
        int n = l.title().length() + l.summary().length();
        for (Lesson.Page p : l.pages()) {
            n += p.heading().length() + p.text().length();
        }
        for (Lesson.Question q : l.questions()) {
            n += q.text().length() + q.explanation().length();
            for (String o : q.options()) {
                n += o.length();
            }
        }
        return n;
    }
}
