package nl.weerbaar.platform.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the application administrator sees of the outbox: the mails of the municipality that could not be sent
 * (recipient, subject, reason, attempts; never the body), and sending them again. Both are audited.
 */
@Service
class MailProblems {

    /** At most this many mails are listed, the most recent first. */
    static final int SHOWN = 200;

    private final Outbox outbox;
    private final SendAfterCommit sending;
    private final AuditLog audit;
    private final Clock clock;

    MailProblems(Outbox outbox, SendAfterCommit sending, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.sending = sending;
        this.audit = audit;
        this.clock = clock;
    }

    /** The mails that failed for good, and those whose last attempt failed and that will be tried again. */
    @Transactional
    List<Outbox.Problem> list() {
        audit.read("mail-outbox", null, "mails not sent listed");
        return outbox.problems(SHOWN);
    }

    /**
     * Puts a mail that failed for good back in the queue with fresh attempts and sends it once this commits; false
     * when it is no longer failed (sent or queued again meanwhile). {@link NotFoundException} for an unknown mail.
     */
    @Transactional
    boolean retry(UUID id) {
        if (outbox.state(id).isEmpty()) {
            throw new NotFoundException("mail", id);
        }
        if (!outbox.retry(id, clock.instant().plus(OutboxNotifier.HANDOVER))) {
            return false;
        }
        audit.record(AuditLog.Action.UPDATE, "mail", id, "mail queued again");
        sending.afterCommit(List.of(id));
        return true;
    }

    /** Puts every mail that failed for good back in the queue; returns how many. */
    @Transactional
    int retryAll() {
        List<UUID> ids = outbox.retryAll(clock.instant().plus(OutboxNotifier.HANDOVER));
        ids.forEach(id -> audit.record(AuditLog.Action.UPDATE, "mail", id, "mail queued again"));
        sending.afterCommit(ids);
        return ids.size();
    }
}
