package nl.weerbaar.assessments.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.InstrumentParser;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UploadLimits;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The largest section of every shipped instrument is saved in a browser as a person fills it in at most: an answer,
 * the longest comment, a link and a file on every question, the files together as large as one save may be.
 */
class LargestSectionIT extends BrowserTest {

    static final List<String> SHIPPED = List.of("weerbaarheidsscan.yaml", "basislijst.yaml", "vpt-checklist.yaml");

    @Autowired
    SectionUploads uploads;

    static Instrument shipped(String name) throws IOException {
        try (InputStream in = LargestSectionIT.class.getResourceAsStream("/instruments/" + name)) {
            return new InstrumentParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static int size(Instrument.Pillar pillar) {
        return pillar.themes().stream().mapToInt(t -> t.questions().size()).sum();
    }

    static Instrument.Pillar largest(Instrument instrument) {
        return instrument.pillars().stream()
                .max(Comparator.comparingInt(LargestSectionIT::size))
                .orElseThrow();
    }

    /** A PDF as the content sniffer recognises it, padded to {@code size} bytes. */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** Starts a measurement of the instrument and opens its largest section. */
    Page openLargestSection(Page page, Instrument instrument, Instrument.Pillar pillar) {
        page.navigate("/assessments");
        page.getByLabel("Naam van de meting").fill("Grootste onderdeel " + instrument.key() + " " + UUID.randomUUID());
        page.locator("#instrument")
                .selectOption(new SelectOption().setLabel(instrument.title() + " (v" + instrument.version() + ")"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting starten"))
                .click();
        page.waitForURL(u -> u.matches(".*/assessments/measurements/[0-9a-f-]{36}$"));
        page.navigate(page.url() + "/sections/" + pillar.key());
        assertThat(page.locator("fieldset.question").count()).isEqualTo(size(pillar));
        return page;
    }

    static void answer(Locator question) {
        Locator radios = question.locator("input[type=radio]");
        if (radios.count() > 0) {
            radios.first().check();
        } else {
            question.locator("input[type=text]").fill("3");
        }
    }

    @Test
    void theLargestSectionOfEveryShippedInstrumentSavesWithCommentLinkAndFileOnEveryQuestion() throws IOException {
        Page page = loggedInPage("coordinator");
        for (String name : SHIPPED) {
            Instrument instrument = shipped(name);
            Instrument.Pillar pillar = largest(instrument);
            int n = size(pillar);
            openLargestSection(page, instrument, pillar);
            String measurement = page.url().replaceAll(".*/measurements/([0-9a-f-]{36})/.*", "$1");
            // Together exactly as large as one save may carry, no file above the per-file limit.
            int fileSize = (int) Math.min(uploads.maxFileBytes(), uploads.maxFilesPerSaveBytes() / n);
            String comment = "Toelichting " + "x".repeat(4000 - 12);
            Locator questions = page.locator("fieldset.question");
            for (int i = 0; i < n; i++) {
                Locator q = questions.nth(i);
                answer(q);
                q.locator("summary").click();
                q.locator("textarea").fill(comment);
                q.locator("input[type=url]").fill("https://intranet.example.nl/bewijs/" + "a".repeat(1500) + "/" + i);
                q.locator("input[type=file]")
                        .setInputFiles(new FilePayload("bewijs-" + i + ".pdf", "application/pdf", pdf(fileSize)));
            }
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Opslaan").setExact(true))
                    .click();
            page.waitForURL(u -> u.contains("saved"), new Page.WaitForURLOptions().setTimeout(120_000));
            assertThat(page.locator("[role=status]").textContent()).as(name).contains("opgeslagen");
            assertThat(page.getByText(n + " van " + n + " vragen beantwoord").count())
                    .as(name)
                    .isEqualTo(1);
            long complete = TenantContext.callAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql("""
          SELECT count(*) FROM assessment_answer
           WHERE measurement_id = ?::uuid AND value IS NOT NULL AND length(comment) = 4000
             AND evidence_link IS NOT NULL AND evidence_file IS NOT NULL""").param(measurement).query(Long.class).single());
            assertThat(complete).as(name + " " + pillar.key()).isEqualTo(n);
        }
    }

    @Test
    void filesTooLargeTogetherAreStoppedBeforeSendingAndTheAnswersStay() throws IOException {
        Instrument scan = shipped("weerbaarheidsscan.yaml");
        Instrument.Pillar pillar = largest(scan);
        Page page = openLargestSection(loggedInPage("coordinator"), scan, pillar);
        String section = page.url();
        Locator questions = page.locator("fieldset.question");
        int perFile = (int) uploads.maxFileBytes();
        int files = (int) (uploads.maxFilesPerSaveBytes() / perFile) + 1;
        for (int i = 0; i < files; i++) {
            answer(questions.nth(i));
            questions
                    .nth(i)
                    .locator("input[type=file]")
                    .setInputFiles(new FilePayload("groot-" + i + ".pdf", "application/pdf", pdf(perFile)));
        }
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Opslaan").setExact(true))
                .click();
        Locator problem = page.locator("#upload-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.textContent()).contains("samen groter dan").contains("Uw antwoorden staan er nog");
        assertThat(page.url()).isEqualTo(section);
        assertThat(questions.nth(0).locator("input[type=radio]").first().isChecked())
                .isTrue();
        assertAccessible(page);

        questions
                .nth(0)
                .locator("input[type=file]")
                .setInputFiles(new FilePayload("te-groot.pdf", "application/pdf", pdf(perFile + 1)));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Opslaan").setExact(true))
                .click();
        assertThat(problem.textContent())
                .contains("bij vraag " + questions.nth(0).getAttribute("id").substring(2))
                .contains("groter dan " + UploadLimits.megabytes(perFile) + " MB");
    }

    /** Without JavaScript the server checks the same limits, and what was typed stays on the page. */
    @Test
    void withoutJavaScriptTheServerRefusesFilesTooLargeTogetherAndKeepsWhatWasTyped() throws IOException {
        Instrument scan = shipped("weerbaarheidsscan.yaml");
        Instrument.Pillar pillar = largest(scan);
        Page setup = openLargestSection(loggedInPage("coordinator"), scan, pillar);
        String section = setup.url();
        String measurement = section.replaceAll(".*/measurements/([0-9a-f-]{36})/.*", "$1");
        com.microsoft.playwright.BrowserContext noScript = browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        try {
            Page page = noScript.newPage();
            login(page, "coordinator");
            page.navigate(section);
            Locator questions = page.locator("fieldset.question");
            // just over what one save may carry in files, each file within its own limit, the request within its
            long perFile = uploads.maxFilesPerSaveBytes() / 5 + 200_000;
            assertThat(perFile).isLessThanOrEqualTo(uploads.maxFileBytes());
            for (int i = 0; i < 5; i++) {
                answer(questions.nth(i));
                questions.nth(i).locator("summary").click();
                questions.nth(i).locator("textarea").fill("Toelichting bij vraag " + i);
                questions
                        .nth(i)
                        .locator("input[type=file]")
                        .setInputFiles(new FilePayload("bewijs-" + i + ".pdf", "application/pdf", pdf((int) perFile)));
            }
            // answers taken over from another instrument's measurement may already be there
            long before = answersOf(measurement);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Opslaan").setExact(true))
                    .click();
            assertThat(page.locator("#error-summary").textContent())
                    .contains("de bestanden zijn samen groter dan "
                            + UploadLimits.megabytes(uploads.maxFilesPerSaveBytes()) + " MB");
            assertThat(questions.nth(4).locator("textarea").inputValue()).isEqualTo("Toelichting bij vraag 4");
            assertThat(questions.nth(0).locator("input[type=radio]").first().isChecked())
                    .isTrue();
            assertThat(answersOf(measurement)).as("nothing half-saved").isEqualTo(before);
            long typed = TenantContext.callAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql("SELECT count(*) FROM assessment_answer WHERE measurement_id = ?::uuid"
                                    + " AND comment LIKE 'Toelichting bij vraag%'")
                            .param(measurement)
                            .query(Long.class)
                            .single());
            assertThat(typed).as("no comment of the refused save stored").isZero();
        } finally {
            noScript.close();
        }
    }

    private long answersOf(String measurement) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM assessment_answer WHERE measurement_id = ?::uuid")
                        .param(measurement)
                        .query(Long.class)
                        .single());
    }
}
