package nl.weerbaar.platform.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.FileCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mails of the current context (municipality or platform) over SMTP. A mail is first claimed in a
 * transaction of its own, so that it is sent by one node only, then sent outside any transaction, and its outcome is
 * noted in another transaction: sent (the body is removed), another attempt later (with back-off), or failed for
 * good with the reason. A node that stops between sending and noting leaves the mail claimed until the claim runs
 * out; it is then sent again (a mail may arrive twice, never not at all without a trace).
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    /** How long a claim lasts: longer than sending one batch can take with the SMTP time-outs. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final JavaMailSender sender;
    private final FileCipher cipher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final Backoff backoff;

    MailDelivery(
            Outbox outbox,
            JavaMailSender sender,
            FileCipher cipher,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${weerbaar.mail.from}") String from,
            @Value("${weerbaar.jobs.mail-outbox-max-attempts:8}") int maxAttempts,
            @Value("${weerbaar.jobs.mail-outbox-first-retry:PT1M}") Duration firstRetry,
            @Value("${weerbaar.jobs.mail-outbox-longest-retry:PT1H}") Duration longestRetry) {
        this.outbox = outbox;
        this.sender = sender;
        this.cipher = cipher;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = from;
        this.backoff = new Backoff(maxAttempts, firstRetry, longestRetry);
    }

    /** Sends these mails of the current context now, unless they are no longer waiting; returns how many went out. */
    int send(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        return deliver(tx.execute(s -> outbox.claim(ids, now, LEASE)));
    }

    /** Sends up to {@code limit} mails of the current context that are due; returns how many were tried. */
    int sendDue(int limit) {
        Instant now = clock.instant();
        List<Outbox.Claimed> claimed = tx.execute(s -> outbox.claimDue(now, LEASE, limit));
        deliver(claimed);
        return claimed.size();
    }

    private int deliver(List<Outbox.Claimed> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<SimpleMailMessage, Outbox.Claimed> messages = new IdentityHashMap<>();
        List<SimpleMailMessage> all = new ArrayList<>();
        Map<Object, Exception> failures = new IdentityHashMap<>();
        for (Outbox.Claimed c : claimed) {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(c.recipient());
            m.setSubject(c.subject());
            messages.put(m, c);
            try {
                m.setText(new String(
                        cipher.open(new FileCipher.Sealed(c.nonce(), c.body()), c.id().toString()),
                        StandardCharsets.UTF_8));
                all.add(m);
            } catch (IllegalStateException e) {
                failures.put(m, e); // another key than the one it was queued with: retrying cannot help
            }
        }
        try {
            if (!all.isEmpty()) {
                sender.send(all.toArray(SimpleMailMessage[]::new));
            }
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                all.forEach(m -> failures.put(m, e));
            } else {
                // keyed by equal messages: look each one up by value, then keep it by identity
                all.stream()
                        .filter(m -> e.getFailedMessages().containsKey(m))
                        .forEach(m -> failures.put(m, e.getFailedMessages().get(m)));
            }
        } catch (MailException e) {
            all.forEach(m -> failures.put(m, e));
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> messages.forEach((m, c) -> {
            Exception failure = failures.get(m);
            if (failure == null) {
                outbox.sent(c.id(), now);
            } else {
                boolean hopeless = failure instanceof IllegalStateException;
                outbox.attemptFailed(c.id(), reason(failure), hopeless ? null : backoff.next(c.attempts(), now));
            }
        }));
        if (!failures.isEmpty()) {
            LOG.warn(
                    "{} of {} mail(s) could not be sent, kept in the outbox: {}",
                    failures.size(),
                    messages.size(),
                    reason(failures.values().iterator().next()));
        }
        return messages.size() - failures.size();
    }

    /** The reason people read on the page of failed mails: the kind of error and its message, on one line. */
    static String reason(Exception e) {
        Throwable shown = e instanceof MailSendException && e.getCause() != null ? e.getCause() : e;
        String text = shown.getClass().getSimpleName()
                + (shown.getMessage() == null
                        ? ""
                        : ": " + shown.getMessage().replaceAll("\\s+", " ").strip());
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
