package nl.weerbaar.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The accessibility check itself: it fails on content outside landmarks and on names that hide the visible text. */
class AccessibilityCheckIT extends BrowserTest {

    static final String PAGE = """
            <!DOCTYPE html><html lang="nl"><head><title>Test</title></head><body>%s
            <main><h1>Kop</h1><p>Inhoud</p>%s</main></body></html>""";

    @Test
    void contentOutsideALandmarkFails() {
        Page page = newPage();
        page.setContent(PAGE.formatted("<p>Demo-omgeving buiten elk landmark</p>", ""));
        assertThatThrownBy(() -> assertAccessible(page)).hasMessageContaining("region");
    }

    @Test
    void anAccessibleNameWithoutTheVisibleTextFails() {
        Page page = newPage();
        page.setContent(PAGE.formatted("", "<button type='button' aria-label='Verstuur de vraag'>Maak actie</button>"));
        assertThatThrownBy(() -> assertAccessible(page)).hasMessageContaining("label-content-name-mismatch");
    }

    @Test
    void aTidyPagePasses() {
        Page page = newPage();
        page.setContent(
                PAGE.formatted("", "<button type='button' aria-label='Maak actie van vraag 3'>Maak actie</button>"));
        assertAccessible(page);
    }
}
