package nl.weerbaar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every demo user logs in and sees what the role should; every page they can reach by following links (two
 * levels deep from the menu) loads without error, passes axe-core without serious or critical violations on a
 * desktop, and does not scroll sideways on a phone (WCAG 1.4.10 reflow).
 */
class AccessibilityCrawlIT extends BrowserTest {

    private static final int MAX_PAGES = 25;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "medewerker",
                "leidinggevende",
                "vertrouwenspersoon",
                "coordinator",
                "secretaris",
                "jurist",
                "beheerder",
                "burgemeester",
                "platformbeheerder",
                "kd.coordinator"
            })
    void everyReachablePageIsAccessible(String username) {
        Page page = loggedInPage(username);
        Set<String> seen = new LinkedHashSet<>();
        List<String> sideways = new java.util.ArrayList<>();
        List<String> codes = new java.util.ArrayList<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {"/", "0"});
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String[] next = queue.poll();
            String path = next[0];
            int depth = Integer.parseInt(next[1]);
            if (!seen.add(path)) {
                continue;
            }
            Response response = page.navigate(path);
            assertThat(response.status()).as("%s opens %s", username, path).isLessThan(400);
            assertThat(page.locator("main h1")).hasCount(1);
            assertAccessible(page);
            developerCodes(page).forEach(code -> codes.add(path + ": " + code));
            page.setViewportSize(390, 844);
            Object width = page.evaluate("document.documentElement.scrollWidth");
            if (((Number) width).intValue() > 391) {
                sideways.add(path + " (" + width + " px)");
            }
            page.setViewportSize(1280, 900);
            if (depth < 2) {
                for (String href : links(page)) {
                    if (!seen.contains(href)) {
                        queue.add(new String[] {href, String.valueOf(depth + 1)});
                    }
                }
            }
        }
        assertThat(seen).contains("/");
        assertThat(sideways)
                .as("%s: pages that scroll sideways on a 390 px phone", username)
                .isEmpty();
        assertThat(codes)
                .as("%s: developer codes in visible text (give them a label in both languages)", username)
                .isEmpty();
    }

    /**
     * Codes a person should never have to read: UPPER_SNAKE words and role names, in the visible text of the page
     * (form values and {@code <code>} samples of a file format excepted).
     */
    @SuppressWarnings("unchecked")
    static List<String> developerCodes(Page page) {
        return (List<String>) page.evaluate("""
        () => {
          const body = document.body.cloneNode(true);
          body.querySelectorAll('code, script, style, [hidden]').forEach(e => e.remove());
          const text = body.innerText || '';
          const found = text.match(/\\b([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]|EMPLOYEE|MANAGER|CONFIDANT|COORDINATOR|SECRETARY|OPERATOR)\\b/g) || [];
          return [...new Set(found)];
        }
        """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"medewerker", "coordinator"})
    void startPageWorksOnAPhone(String username) {
        Page page = newPage(390, 844);
        login(page, username);
        assertAccessible(page);
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("horizontal scrolling on a phone").isEqualTo(false);
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Page page) {
        List<String> hrefs = (List<String>) page.evaluate("""
        () => [...document.querySelectorAll('a[href]')]
          .map(a => new URL(a.href, location.href))
          .filter(u => u.origin === location.origin)
          .map(u => u.pathname + u.search)
        """);
        return hrefs.stream()
                .filter(h -> !h.startsWith("/logout")
                        && !h.contains("lang=")
                        && !h.startsWith("/oauth2")
                        && !h.contains("/download")
                        && !h.contains("/export")
                        && !h.endsWith(".pdf")
                        && !h.endsWith(".csv")
                        && !h.endsWith(".xlsx")
                        && !h.contains(".ics")
                        && !h.contains("/pdf")
                        && !h.startsWith("/webjars")
                        && !h.startsWith("/v3/"))
                .distinct()
                .toList();
    }
}
