package nl.weerbaar.training.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An employee takes a lesson on a phone; the schedule brings each question back on the day FSRS gives (fixed clock),
 * the start page and a reminder mail say so, and the coordinator sees completions per department only, suppressed.
 */
class LearningJourneyIT extends BrowserTest {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Autowired
    LearningReminderJob reminders;

    @Autowired
    Lessons lessons;

    private void at(LocalDate day) {
        clock.setTo(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant());
    }

    private UUID medewerker() {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = 'medewerker'")
                        .query(UUID.class)
                        .single());
    }

    private String email(UUID user) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT email FROM app_user WHERE id = ?")
                        .param(user)
                        .query(String.class)
                        .single());
    }

    private void forget(UUID user) {
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            for (String table : List.of("learning_card", "learning_completion", "learning_reminder")) {
                jdbc.sql("DELETE FROM " + table + " WHERE user_id = ?")
                        .param(user)
                        .update();
            }
        });
    }

    @Test
    void aLessonOnAPhoneBringsItsQuestionsBackOnTheRightDays() throws Exception {
        UUID me = medewerker();
        forget(me);
        LocalDate first = LocalDate.of(2026, 12, 1);
        at(first);
        Lesson lesson = lessons.find("norm-en-melden").orElseThrow();
        Fsrs fsrs = new Fsrs();
        try {
            Page page = newPage(390, 844);
            login(page, "medewerker");
            page.navigate("/leren");
            assertThat(page.locator("main").textContent()).contains("Er zijn vandaag geen vragen om te herhalen.");
            assertAccessible(page);
            page.locator("a", new Page.LocatorOptions().setHasText("De norm en hoe je meldt"))
                    .click();
            assertAccessible(page);

            // sending without answers: every question says what is missing, nothing is kept
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator("#error-summary li").count())
                    .isEqualTo(lesson.questions().size());
            assertThat(page.locator("#error-summary").textContent()).contains("Kies een antwoord.");
            assertAccessible(page);
            assertThat(count("learning_card", me)).isZero();

            // the first question wrong, the others right
            for (int i = 0; i < lesson.questions().size(); i++) {
                Lesson.Question q = lesson.questions().get(i);
                int choice = i == 0 ? (q.correct() + 1) % q.options().size() : q.correct();
                page.locator("input[name='" + lesson.key() + "/" + q.key() + "'][value='" + choice + "']")
                        .check();
            }
            page.locator("form.form button[type=submit]").click();
            assertThat(page.locator("main .lead").textContent()).isEqualTo("3 van de 4 goed.");
            LocalDate wrongDue = first.plusDays(fsrs.intervalDays(fsrs.first(Recall.Grade.AGAIN), 0.9));
            LocalDate rightDue = first.plusDays(fsrs.intervalDays(fsrs.first(Recall.Grade.GOOD), 0.9));
            assertThat(wrongDue).isEqualTo(first.plusDays(1));
            assertThat(rightDue).isEqualTo(first.plusDays(3));
            assertThat(page.locator("[data-question='"
                                    + lesson.questions().get(0).key() + "'] [data-due]")
                            .textContent())
                    .isEqualTo("Deze vraag komt terug op " + DAY.format(wrongDue) + ".");
            assertThat(page.locator("[data-question='"
                                    + lesson.questions().get(1).key() + "'] [data-due]")
                            .textContent())
                    .isEqualTo("Deze vraag komt terug op " + DAY.format(rightDue) + ".");
            assertThat(page.locator("main").textContent()).contains("Niet goed. Het goede antwoord is:");
            assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/learning-outcome-390.png"))
                    .setFullPage(true));

            // the next day: the wrong one is back, on the start page too
            at(wrongDue);
            page.navigate("/");
            assertThat(page.locator("a[href='/leren/herhalen']").first().textContent())
                    .contains("1 vraag om te herhalen");
            page.navigate("/leren/herhalen");
            assertThat(page.locator("fieldset.question").count()).isEqualTo(1);
            Lesson.Question q0 = lesson.questions().get(0);
            page.locator("input[name='" + lesson.key() + "/" + q0.key() + "'][value='" + q0.correct() + "']")
                    .check();
            page.locator("form.form button[type=submit]").click();
            Recall.Memory again = fsrs.next(fsrs.first(Recall.Grade.AGAIN), Recall.Grade.GOOD, 1);
            LocalDate backAgain = wrongDue.plusDays(fsrs.intervalDays(again, 0.9));
            assertThat(page.locator("[data-due]").textContent())
                    .isEqualTo("Deze vraag komt terug op " + DAY.format(backAgain) + ".");
            page.navigate("/leren/herhalen");
            assertThat(page.locator("main").textContent()).contains("Er zijn vandaag geen vragen om te herhalen.");

            // three days after the lesson the three right ones are due; the reminder mail goes out once a day
            at(rightDue);
            reminders.run();
            reminders.run();
            String to = email(me);
            List<MimeMessage> mails = waitForMails(to, 1);
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).getContent().toString()).contains("/leren/herhalen");
            page.navigate("/leren/herhalen");
            // the three right ones, and the first one again if its new interval has passed too
            assertThat(page.locator("fieldset.question").count()).isEqualTo(backAgain.isAfter(rightDue) ? 3 : 4);
            assertAccessible(page);
        } finally {
            forget(me);
        }
    }

    @Test
    void theCoordinatorSeesCompletionsPerDepartmentWithSmallNumbersHidden() {
        UUID me = medewerker();
        forget(me);
        try {
            TenantContext.runAs(
                    Demo.VOORBEELDSTAD, () -> jdbc.sql("""
                    INSERT INTO learning_completion (tenant_id, user_id, lesson_key, lesson_version, department_id, completed_on)
                    SELECT u.tenant_id, u.id, 'norm-en-melden', 1, u.department_id, DATE '2026-12-01'
                      FROM app_user u WHERE u.id = ?""").param(me).update());
            Page page = loggedInPage("coordinator");
            page.navigate("/leren/voortgang");
            assertThat(page.locator("table").textContent())
                    .contains("minder dan 5")
                    .doesNotContain("medewerker");
            assertAccessible(page);
            page.locator("#retention").fill("0,5");
            page.locator("section.card form button").click();
            assertThat(page.locator("#retention-error").textContent()).contains("tussen 0,70 en 0,97");
            page.locator("#retention").fill("0,85");
            page.locator("section.card form button").click();
            assertThat(page.url()).endsWith("?saved");
            assertThat(page.locator("#retention").inputValue()).isEqualTo("0.85");
            // the employee has no such page
            Page employee = loggedInPage("medewerker");
            assertThat(employee.navigate("/leren/voortgang").status()).isEqualTo(403);
        } finally {
            forget(me);
            TenantContext.runAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql("DELETE FROM learning_setting").update());
        }
    }

    private long count(String table, UUID user) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM " + table + " WHERE user_id = ?")
                        .param(user)
                        .query(Long.class)
                        .single());
    }

    private static List<MimeMessage> waitForMails(String to, int atLeast) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        List<MimeMessage> found = List.of();
        while (System.currentTimeMillis() < until) {
            found = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                            .anyMatch(a -> a.toString().equals(to))
                                    && m.getSubject().contains("herhalen");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            if (found.size() >= atLeast) {
                Thread.sleep(500); // a second one would have come by now
                return Arrays.stream(MAIL.getReceivedMessages())
                        .filter(m -> {
                            try {
                                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                                .anyMatch(a -> a.toString().equals(to))
                                        && m.getSubject().contains("herhalen");
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList();
            }
            Thread.sleep(100);
        }
        return found;
    }
}
