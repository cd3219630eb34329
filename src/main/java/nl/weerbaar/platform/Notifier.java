package nl.weerbaar.platform;

import java.util.List;
import java.util.Locale;

/**
 * Sends e-mail over SMTP. Mails carry a link into the application, never case content.
 * Failures are logged and do not roll back the caller's work.
 */
public interface Notifier {

    /**
     * Sends a mail whose subject and body come from message keys {@code key + ".subject"} and
     * {@code key + ".body"}; the body receives {@code link} (an absolute URL) as argument {0}.
     */
    void sendLink(String to, String key, String linkPath, Locale locale);

    /**
     * As {@link #sendLink(String, String, String, Locale)}, in the language the recipient picked in the application
     * when they are a user of the current municipality who did, otherwise in Dutch.
     */
    void sendLink(String to, String key, String linkPath);

    /** A mail with only a link: subject and body from message keys, as for {@link #sendLink(String, String, String)}. */
    record LinkMail(String to, String key, String linkPath) {}

    /**
     * Sends several link mails over one connection to the mail server, each in the language its recipient picked
     * (as {@link #sendLink(String, String, String)}); mails without an address are skipped.
     */
    void sendLinks(List<LinkMail> mails);
}
