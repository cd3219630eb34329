package nl.weerbaar.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The heat map rows as HTML: classes, links, markers and hidden counts, and every text escaped. */
class HeatTableTest {

    @Test
    void rowsCarryShadingLinksMarkersAndTheHiddenLabel() {
        HeatTable table = new HeatTable(
                List.of(new HeatTable.Line(
                        "Burgerzaken",
                        List.of(
                                new HeatTable.Cell(
                                        "num heat-4", true, "/incidents?kind=THREAT&from=2026-01-01", true, "12"),
                                new HeatTable.Cell("num heat-0", true, "/incidents?kind=BRIBERY", false, null),
                                new HeatTable.Cell("num heat-0", false, null, false, "0")),
                        "14")),
                List.of("12", "2", "0"),
                "14");

        String html = table.body("verborgen");

        assertThat(html)
                .isEqualTo("<tr><th scope=\"row\">Burgerzaken</th>"
                        + "<td class=\"num heat-4\"><a href=\"/incidents?kind=THREAT&amp;from=2026-01-01\">"
                        + "<span aria-hidden=\"true\">▲ </span><span>12</span></a></td>"
                        + "<td class=\"num heat-0\"><a href=\"/incidents?kind=BRIBERY\"><span>verborgen</span></a></td>"
                        + "<td class=\"num heat-0\"><span>0</span></td>"
                        + "<td class=\"num heat-total\">14</td></tr>");
    }

    @Test
    void namesAndLinksAreEscapedAndAMissingLinkLeavesAnAnchorWithoutHref() {
        HeatTable table = new HeatTable(
                List.of(new HeatTable.Line(
                        "<script>alert('x')</script> & Co",
                        List.of(
                                new HeatTable.Cell("num heat-1", true, null, false, "3"),
                                new HeatTable.Cell("num heat-1", true, "/x?a=\"><script>", false, "1")),
                        null)),
                List.of(),
                null);

        String html = table.body("<i>hidden</i>");

        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<i>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                .contains("<a><span>3</span></a>")
                .contains("href=\"/x?a=&quot;&gt;&lt;script&gt;\"")
                .contains("<td class=\"num heat-total\">&lt;i&gt;hidden&lt;/i&gt;</td>");
    }
}
