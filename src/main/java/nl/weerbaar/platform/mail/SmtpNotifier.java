package nl.weerbaar.platform.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/** {@link Notifier} over SMTP with plain-text mails that contain only a link. */
@Service
class SmtpNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final JavaMailSender sender;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    SmtpNotifier(
            JavaMailSender sender,
            JdbcClient jdbc,
            MessageSource messages,
            @Value("${weerbaar.mail.from}") String from,
            @Value("${weerbaar.base-url}") String baseUrl) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Override
    public void sendLink(String to, String key, String linkPath) {
        if (to == null || to.isBlank()) {
            return;
        }
        sendLinks(List.of(new LinkMail(to, key, linkPath)));
    }

    @Override
    public void sendLink(String to, String key, String linkPath, Locale locale) {
        if (to == null || to.isBlank()) {
            return;
        }
        send(List.of(message(to, key, linkPath, locale)), key);
    }

    @Override
    public void sendLinks(List<LinkMail> mails) {
        List<String> addresses = mails.stream()
                .map(LinkMail::to)
                .filter(to -> to != null && !to.isBlank())
                .map(to -> to.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        if (addresses.isEmpty()) {
            return;
        }
        Map<String, Locale> languages = new HashMap<>();
        jdbc.sql("""
        SELECT DISTINCT ON (lower(email)) lower(email), language FROM app_user
         WHERE lower(email) = ANY (?) AND language IS NOT NULL ORDER BY lower(email), language""").param(addresses.toArray(String[]::new)).query(rs -> {
            languages.put(rs.getString(1), Locale.forLanguageTag(rs.getString(2)));
        });
        List<SimpleMailMessage> all = new ArrayList<>();
        for (LinkMail m : mails) {
            if (m.to() != null && !m.to().isBlank()) {
                all.add(message(
                        m.to(), m.key(), m.linkPath(), languages.getOrDefault(m.to().toLowerCase(Locale.ROOT), DUTCH)));
            }
        }
        send(all, mails.get(0).key());
    }

    private SimpleMailMessage message(String to, String key, String linkPath, Locale locale) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(messages.getMessage(key + ".subject", null, locale));
        mail.setText(messages.getMessage(key + ".body", new Object[] {baseUrl + linkPath}, locale));
        return mail;
    }

    /** Sends over one connection; a failure is logged (without addresses) and does not roll back the caller. */
    private void send(List<SimpleMailMessage> mails, String key) {
        try {
            sender.send(mails.toArray(SimpleMailMessage[]::new));
        } catch (MailException e) {
            LOG.warn("Mail {} ({} message(s)) could not be sent: {}", key, mails.size(), e.getMessage());
        }
    }
}
