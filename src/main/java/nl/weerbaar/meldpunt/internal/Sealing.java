package nl.weerbaar.meldpunt.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.TenantContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Seals and opens a report's content, messages and attachments with the report's own key (ADR 0600). */
@Component
class Sealing {

    /**
     * What a report says; {@code reporterName} only when the reporter chose to give it; {@code newsEmail} only when the
     * reporter wants "there is news" mails ({@link News}; never shown to a recipient); {@code processId} the process
     * from the processes register the reporter pointed at, or null; {@code relation} who the reporter says they are
     * ({@link Relation}), or null; {@code addressBagId} the BAG address the reporter chose (ADR 1020), or null. Reports
     * sealed before a field existed read it as null.
     */
    record Content(
            String description,
            String address,
            String reporterName,
            String newsEmail,
            UUID processId,
            String relation,
            String addressBagId) {

        Content(String description, String address, String reporterName) {
            this(description, address, reporterName, null, null, null, null);
        }

        Content(String description, String address, String reporterName, String newsEmail, String addressBagId) {
            this(description, address, reporterName, newsEmail, null, null, addressBagId);
        }

        Content withoutNewsEmail() {
            return new Content(description, address, reporterName, null, processId, relation, addressBagId);
        }
    }

    private final MeldpuntKeys keys;
    private final JsonMapper json;

    Sealing(MeldpuntKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** The cipher of an existing report. */
    FileCipher open(Reports.Stored report) {
        return MeldpuntKeys.reportCipher(keys.unwrap(TenantContext.require(), report.id(), report.key()));
    }

    FileCipher.Sealed sealContent(FileCipher cipher, UUID report, Content content) {
        return cipher.seal(json.writeValueAsBytes(content), "meldpunt-report:" + report);
    }

    Content content(FileCipher cipher, Reports.Stored report) {
        return json.readValue(cipher.open(report.content(), "meldpunt-report:" + report.id()), Content.class);
    }

    static FileCipher.Sealed sealText(FileCipher cipher, String text, String associated) {
        return cipher.seal(text.getBytes(StandardCharsets.UTF_8), associated);
    }

    static String openText(FileCipher cipher, FileCipher.Sealed sealed, String associated) {
        return new String(cipher.open(sealed, associated), StandardCharsets.UTF_8);
    }
}
