package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nightly rewrite gives the rows of yesterday's and today's reports, messages and attachments a new transaction id
 * (so they no longer sit between timed rows), leaves older rows alone, and keeps every report readable with its
 * receipt code, attachments and messages in order.
 */
class MeldpuntRewriteIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Autowired
    MeldpuntRewriteJob job;

    @Test
    void recentRowsGetANewTransactionIdAndStayReadable() {
        String old = submit("2043-02-01T10:00:00Z", "Oud " + UUID.randomUUID());
        String recent = submit("2043-02-10T21:13:00Z", "Recent " + UUID.randomUUID());
        clock.setTo(Instant.parse("2043-02-10T22:40:00Z"));
        assertThat(reporting.reply(Demo.VOORBEELDSTAD, recent, "Nog iets", List.of()))
                .isTrue();
        Map<String, String> before = xmins();

        clock.setTo(Instant.parse("2043-02-11T01:50:00Z")); // 02:50 in Amsterdam
        job.run();
        Map<String, String> after = xmins();

        Reporting.View view = TenantContext.callAs(
                        Demo.VOORBEELDSTAD, () -> reporting.follow(Demo.VOORBEELDSTAD, recent))
                .orElseThrow();
        assertThat(view.description()).startsWith("Recent ");
        assertThat(view.attachments()).containsExactly("schema.png");
        assertThat(view.messages()).extracting(Reporting.Message::text).containsExactly("Nog iets");
        String recentId = idOf(recent);
        String oldId = idOf(old);
        for (String key : before.keySet()) {
            if (key.endsWith(recentId)) {
                assertThat(after.get(key)).as("rewritten: " + key).isNotEqualTo(before.get(key));
            }
            if (key.endsWith(oldId)) {
                assertThat(after.get(key)).as("older than yesterday: " + key).isEqualTo(before.get(key));
            }
        }
        assertThat(before.keySet()).anyMatch(k -> k.startsWith("attachment") && k.endsWith(recentId));
        assertThat(before.keySet()).anyMatch(k -> k.startsWith("message") && k.endsWith(recentId));
        assertThat(after.keySet()).isEqualTo(before.keySet());
    }

    private String submit(String at, String text) {
        clock.setTo(Instant.parse(at));
        Reporting.Submitted s = reporting.submit(
                Demo.VOORBEELDSTAD,
                new Reporting.Submission(
                        "LEAK",
                        text,
                        null,
                        List.of(),
                        false,
                        List.of(new Reporting.Upload("schema.png", MetadataStripperTest.pngWithText())),
                        null,
                        null,
                        null,
                        null),
                null);
        assertThat(s.errors().any()).isFalse();
        return s.receiptCode();
    }

    private String idOf(String code) {
        Reporting.View view = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> reporting.follow(Demo.VOORBEELDSTAD, code))
                .orElseThrow();
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id::text FROM meldpunt_report WHERE received_on = ?")
                        .param(view.receivedOn())
                        .query(String.class)
                        .single());
    }

    private Map<String, String> xmins() {
        return TenantContext.callAs(Demo.VOORBEELDSTAD, () -> {
            Map<String, String> m = new java.util.TreeMap<>();
            jdbc.sql("""
                    SELECT 'report ' || id::text AS k, xmin::text AS x FROM meldpunt_report
                    UNION ALL SELECT 'message ' || id::text || ' ' || report_id::text, xmin::text FROM meldpunt_message
                    UNION ALL SELECT 'attachment ' || id::text || ' ' || report_id::text, xmin::text
                      FROM meldpunt_attachment""")
                    .query((rs, n) -> m.put(rs.getString("k"), rs.getString("x")))
                    .list();
            return m;
        });
    }
}
