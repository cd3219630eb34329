package nl.weerbaar.meldpunt.internal;

import java.util.Locale;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.TenantContext;
import org.springframework.stereotype.Component;

/**
 * "There is news" mails to a reporter who left an address for them (ADR 0601): the address is part of the report's
 * sealed content, so only the report's key opens it and no recipient ever sees it; the mail says only that there is
 * news and links to the page where the receipt code opens the report. Sent when a recipient writes to the reporter or
 * acknowledges receipt, queued in the caller's transaction like every mail.
 */
@Component
class News {

    static final int MAX_ADDRESS = 254;

    private final Sealing sealing;
    private final Notifier notifier;
    private final Municipalities municipalities;

    News(Sealing sealing, Notifier notifier, Municipalities municipalities) {
        this.sealing = sealing;
        this.notifier = notifier;
        this.municipalities = municipalities;
    }

    /** Mails the reporter of {@code report} that there is news, when they asked for it. */
    void tell(Reports.Stored report) {
        FileCipher cipher = sealing.open(report);
        String to = sealing.content(cipher, report).newsEmail();
        if (to == null) {
            return;
        }
        municipalities
                .byId(TenantContext.require())
                .ifPresent(m -> notifier.sendLink(
                        to, "meldpunt.mail.news", "/m/" + m.slug() + "/follow", Locale.forLanguageTag("nl"), null));
    }
}
