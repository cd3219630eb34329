package nl.weerbaar.awareness.hub;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The intranet page in a real browser: an intranet site on the listed origin shows it in a frame with the item the
 * coordinator published; a site on another origin gets nothing (the browser enforces {@code frame-ancestors}).
 */
class IntranetBrowserIT extends BrowserTest {

    /** Two small sites on this machine that stand for intranets; each frames the municipality's page. */
    private HttpServer listed;

    private HttpServer other;

    @BeforeEach
    void intranets() throws IOException {
        listed = intranet();
        other = intranet();
    }

    @AfterEach
    void stopAndUnlist() {
        listed.stop(0);
        other.stop(0);
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/awareness/intranet");
        coordinator.postForm("/awareness/intranet/origins/remove", Map.of("origin", origin(listed)));
    }

    @Test
    void onlyTheListedIntranetCanFrameThePageWithThePublishedItem() {
        String title = "Op het intranet " + UUID.randomUUID().toString().substring(0, 8);
        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/awareness/manage/new");
        coordinator.getByLabel("Titel").fill(title);
        coordinator.getByLabel("Tekst").fill("Iedereen welkom.");
        coordinator.getByLabel("Ook tonen op het intranet").check();
        coordinator.locator("main form button[type=submit]").first().click();
        coordinator.getByText("Publiceren").click();
        coordinator.navigate("/awareness/intranet");
        coordinator.getByLabel("Adres van de intranetsite").fill(origin(listed));
        coordinator.getByText("Toevoegen").click();
        assertThat(coordinator.locator(".origin-list")).containsText(origin(listed));
        assertAccessible(coordinator);

        Frame frame = framed(origin(listed));
        assertThat(frame.url()).startsWith(baseUrl() + "/intranet/voorbeeldstad");
        assertThat(frame.locator("h1")).containsText("Weerbaar samen");
        assertThat(frame.locator("main")).containsText(title);

        Frame blocked = framed(origin(other));
        assertThat(blocked.url()).doesNotStartWith(baseUrl());

        Page direct = newPage(390, 844);
        direct.navigate("/intranet/voorbeeldstad");
        assertAccessible(direct);
        direct.getByText(title).click();
        assertThat(direct.locator("h1")).hasText(title);
        assertAccessible(direct);
    }

    /** The frame on the intranet page at {@code origin}, once loaded (or refused). */
    private Frame framed(String origin) {
        Page page = newPage();
        page.navigate(origin + "/");
        page.waitForLoadState(LoadState.LOAD);
        return page.frames().stream()
                .filter(f -> f != page.mainFrame())
                .findFirst()
                .orElseThrow();
    }

    private HttpServer intranet() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("<!DOCTYPE html><html lang=\"nl\"><head><title>Intranet</title></head><body><main>"
                            + "<iframe title=\"Weerbaar samen\" src=\"" + baseUrl()
                            + "/intranet/voorbeeldstad\"></iframe>"
                            + "</main></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String origin(HttpServer server) {
        return "http://localhost:" + server.getAddress().getPort();
    }
}
