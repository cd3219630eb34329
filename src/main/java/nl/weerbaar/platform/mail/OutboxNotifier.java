package nl.weerbaar.platform.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link Notifier} through the outbox: plain-text mails that contain only a link, rendered in the recipient's
 * language, queued with an encrypted body in the caller's transaction and handed to {@link SendAfterCommit}.
 */
@Service
class OutboxNotifier implements Notifier {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** How long the job leaves a new mail to the node that queued it, which sends it right after its commit. */
    static final Duration HANDOVER = Duration.ofMinutes(1);

    private final Outbox outbox;
    private final SendAfterCommit sending;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final FileCipher cipher;
    private final Clock clock;
    private final String baseUrl;

    OutboxNotifier(
            Outbox outbox,
            SendAfterCommit sending,
            JdbcClient jdbc,
            MessageSource messages,
            FileCipher cipher,
            Clock clock,
            @Value("${weerbaar.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.sending = sending;
        this.jdbc = jdbc;
        this.messages = messages;
        this.cipher = cipher;
        this.clock = clock;
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
        sendLink(to, key, linkPath, locale, null);
    }

    @Override
    public void sendLink(String to, String key, String linkPath, Locale locale, String topic) {
        if (to == null || to.isBlank()) {
            return;
        }
        sending.afterCommit(List.of(queue(new LinkMail(to, key, linkPath), locale, topic)));
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
        List<UUID> queued = new ArrayList<>();
        for (LinkMail m : mails) {
            if (m.to() != null && !m.to().isBlank()) {
                Locale locale = languages.getOrDefault(m.to().toLowerCase(Locale.ROOT), DUTCH);
                queued.add(queue(m, locale, null));
            }
        }
        sending.afterCommit(queued);
    }

    @Override
    public Undelivered undelivered(String topic) {
        int[] counts = outbox.undelivered(topic);
        return new Undelivered(counts[0], counts[1]);
    }

    private UUID queue(LinkMail m, Locale locale, String topic) {
        UUID id = UUID.randomUUID();
        String to = m.to();
        String key = m.key();
        List<Object> arguments = new ArrayList<>();
        arguments.add(baseUrl + m.linkPath());
        arguments.addAll(m.arguments());
        // A subject without arguments is taken as written (no message-format quoting), as before arguments existed.
        String subject =
                messages.getMessage(key + ".subject", m.arguments().isEmpty() ? null : arguments.toArray(), locale);
        String body = messages.getMessage(key + ".body", arguments.toArray(), locale);
        FileCipher.Sealed sealed = cipher.seal(body.getBytes(StandardCharsets.UTF_8), id.toString());
        Instant now = clock.instant();
        outbox.add(
                id,
                TenantContext.current().orElse(null),
                to.strip(),
                subject,
                key,
                topic,
                sealed.nonce(),
                sealed.ciphertext(),
                now,
                now.plus(HANDOVER));
        return id;
    }
}
