package nl.weerbaar.platform;

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
}
