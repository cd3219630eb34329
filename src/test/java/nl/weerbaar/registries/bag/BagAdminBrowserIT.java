package nl.weerbaar.registries.bag;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

class BagAdminBrowserIT extends BrowserTest {

    @Test
    void theBagPageIsAccessibleOnADesktopAndOnAPhone() throws Exception {
        Path dir = Path.of("target/bag-import");
        Files.createDirectories(dir);
        BagExtracts.doesburg(dir);

        Page page = loggedInPage("platformbeheerder");
        page.navigate(baseUrl() + "/platform/registries/bag");
        assertThat(page.locator("h1").textContent()).isEqualTo("BAG laden");
        assertThat(page.locator("#bag-files").textContent()).contains("BAGGEM0221L-15092020.zip");
        assertAccessible(page);

        Page phone = newPage(390, 844);
        login(phone, "platformbeheerder");
        phone.navigate(baseUrl() + "/platform/registries/bag");
        assertThat(phone.locator("#bag-stand").isVisible()).isTrue();
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a phone")
                .isTrue();
        assertAccessible(phone);
    }
}
