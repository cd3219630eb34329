package nl.weerbaar.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of browser journeys: Debian's headless Chromium driven by Playwright (no browser download), with
 * axe-core checks. One browser per test JVM; a fresh context (cookies) per {@link #newPage}.
 * Fails, naming the package to install, when Chromium is missing.
 */
public abstract class BrowserTest extends IntegrationTest {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WEERBAAR_CHROMIUM", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    private final List<BrowserContext> contexts = new java.util.ArrayList<>();

    protected static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                        + ": install Debian's package 'chromium' (apt-get install chromium) or set WEERBAAR_CHROMIUM.");
            }
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A new page (own cookies) in a desktop-sized window. */
    protected Page newPage() {
        return newPage(1280, 900);
    }

    /** A new page (own cookies) with the given viewport, e.g. 390 × 844 for a phone. */
    protected Page newPage(int width, int height) {
        BrowserContext context = browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        contexts.add(context);
        return context.newPage();
    }

    /** A new page logged in through the login form as the given demo user. */
    protected Page loggedInPage(String username) {
        Page page = newPage();
        login(page, username);
        return page;
    }

    protected static void login(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(Demo.PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Rules checked at every impact on top of the WCAG set: all content inside landmarks, and an accessible name that
     * contains the visible text (an experimental axe rule, run only when named).
     */
    static final List<String> ALWAYS = List.of("region", "label-content-name-mismatch");

    /**
     * Runs axe-core on the current page and fails on any serious or critical WCAG 2.1 AA violation and on any
     * violation of {@link #ALWAYS}, listing them.
     */
    protected static void assertAccessible(Page page) {
        // one pass: the WCAG tags, plus the rules of ALWAYS switched on by name (axe runs an enabled rule whatever
        // the tags)
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        com.deque.html.axecore.args.AxeRunOnlyOptions only = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        options.setRunOnly(only);
        java.util.Map<String, com.deque.html.axecore.args.AxeRuleOptions> rules = new java.util.HashMap<>();
        for (String rule : ALWAYS) {
            com.deque.html.axecore.args.AxeRuleOptions enabled = new com.deque.html.axecore.args.AxeRuleOptions();
            enabled.setEnabled(true);
            rules.put(rule, enabled);
        }
        options.setRules(rules);
        AxeResults results = new AxeBuilder(page).options(options).analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact())
                        || "critical".equals(v.getImpact())
                        || ALWAYS.contains(v.getId()))
                .toList();
        assertThat(bad)
                .as(
                        "axe violations on %s: %s",
                        page.url(),
                        bad.stream()
                                .map(v -> v.getId() + " "
                                        + v.getNodes().stream()
                                                .map(n -> n.getTarget().toString())
                                                .collect(Collectors.joining(",")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}
