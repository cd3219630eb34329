package nl.weerbaar.awareness.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static final String IMAGE = "/awareness/images/0b7c1f2e-3d4a-4b5c-8d6e-7f8091a2b3c4";

    @Test
    void rendersCommonMark() {
        String html = Markdown.toHtml(
                "# Kop\n\nEen **sterke** zin met [een link](https://example.org).\n\n- een\n- twee",
                Markdown.IMAGE_PATH);
        assertThat(html)
                .contains("<h2>Kop</h2>")
                .contains("<strong>sterke</strong>")
                .contains("href=\"https://example.org\"")
                .contains("rel=\"noopener noreferrer nofollow\"")
                .contains("<li>een</li>");
    }

    @Test
    void removesScriptsHandlersAndStyles() {
        String html = Markdown.toHtml(
                "Hallo<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n<p style=\"color:red\" onclick=\"x()\">tekst</p>\n\n"
                        + "<iframe src=\"https://evil.example\"></iframe>\n\n[klik](javascript:alert(3))",
                Markdown.IMAGE_PATH);
        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("alert(1)")
                .doesNotContain("onerror")
                .doesNotContain("onclick")
                .doesNotContain("style=")
                .doesNotContainIgnoringCase("iframe")
                .doesNotContain("javascript:")
                .contains("tekst")
                .contains("klik");
    }

    @Test
    void keepsOnlyTheHubsOwnImagesUnderTheGivenBase() {
        String html = Markdown.toHtml(
                "![Festival](" + IMAGE
                        + ")\n\n![tracker](https://evil.example/pixel.png)\n\n![data](data:image/png;base64,AAAA)",
                "/intranet/voorbeeldstad/images/");
        assertThat(html)
                .contains(
                        "<img src=\"/intranet/voorbeeldstad/images/0b7c1f2e-3d4a-4b5c-8d6e-7f8091a2b3c4\" alt=\"Festival\">")
                .doesNotContain("evil.example")
                .doesNotContain("data:");
    }

    @Test
    void summaryIsPlainTextCutAtTheLimit() {
        assertThat(Markdown.summary("**Vet** en <script>x()</script>gewoon", 200))
                .isEqualTo("Vet en gewoon");
        assertThat(Markdown.summary("a".repeat(300), 10)).hasSize(10).endsWith("…");
        assertThat(Markdown.toHtml(null, Markdown.IMAGE_PATH)).isEmpty();
    }
}
