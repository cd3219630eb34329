package nl.weerbaar.platform;

import java.util.List;
import java.util.Locale;

/**
 * Sends e-mail. Mails carry a link into the application, never case content.
 *
 * <p>A mail is queued in the platform's outbox within the caller's transaction: it goes out only when that
 * transaction commits (right after it, on the same node), and is tried again with back-off until it is sent or has
 * failed for good; the application administrator sees the mails that failed, with the reason, and can send them
 * again. So a caller never learns here that a mail "was sent": say that it is queued, and ask
 * {@link #undelivered(String)} for the mails of a topic that did not go out.
 */
public interface Notifier {

    /**
     * Queues a mail whose subject and body come from message keys {@code key + ".subject"} and
     * {@code key + ".body"}; the body receives {@code link} (an absolute URL) as argument {0}.
     */
    void sendLink(String to, String key, String linkPath, Locale locale);

    /**
     * As {@link #sendLink(String, String, String, Locale)}, filed under {@code topic} (e.g. {@code "survey:" + id}) so
     * that the caller can show how many of these mails have not gone out; {@code topic} may be null.
     */
    void sendLink(String to, String key, String linkPath, Locale locale, String topic);

    /**
     * As {@link #sendLink(String, String, String, Locale)}, in the language the recipient picked in the application
     * when they are a user of the current municipality who did, otherwise in Dutch.
     */
    void sendLink(String to, String key, String linkPath);

    /**
     * A mail with only a link: subject and body from message keys, as for {@link #sendLink(String, String, String)}.
     * {@code arguments} name what the link leads to without saying anything of its content (a case number): they are
     * {1}, {2}, … in both subject and body ({0} stays the link).
     */
    record LinkMail(String to, String key, String linkPath, List<String> arguments) {

        public LinkMail {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public LinkMail(String to, String key, String linkPath) {
            this(to, key, linkPath, List.of());
        }
    }

    /**
     * Queues several link mails, sent over one connection to the mail server, each in the language its recipient
     * picked (as {@link #sendLink(String, String, String)}); mails without an address are skipped.
     */
    void sendLinks(List<LinkMail> mails);

    /** Of the mails filed under a topic in the current context: how many wait to be sent, how many failed for good. */
    record Undelivered(int waiting, int failed) {}

    /** The mails filed under {@code topic} in the current municipality that have not gone out (yet). */
    Undelivered undelivered(String topic);
}
