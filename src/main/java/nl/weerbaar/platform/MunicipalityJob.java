package nl.weerbaar.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mechanism of a scheduled job that works per municipality, such as a reminder, escalation or digest job: a
 * subclass states only what is its own — its schedule and lock (on its {@code run()} method, properties under
 * {@code weerbaar.jobs.*}), what is due and which mail goes to whom — and uses the steps below for the rest.
 *
 * <pre>
 * &#64;Scheduled(cron = "${weerbaar.jobs.thing-reminders-cron:0 30 7 * * *}", zone = ...)
 * &#64;SchedulerLock(name = "thing-reminders", lockAtMostFor = "PT30M")
 * public void run() {
 *     inEachMunicipality(() -&gt; things.due().forEach(t -&gt; {
 *         mailPerson(t.ownerId(), "things.mail.reminder", "/things/" + t.id());
 *         things.markReminded(t.id());
 *         record("thing", t.id(), "reminder sent");
 *     }));
 * }
 * </pre>
 */
public abstract class MunicipalityJob {

    /** What every such job works with; inject it and pass it to the constructor. */
    @Component
    public static final class Support {
        private final Municipalities municipalities;
        private final TransactionTemplate tx;
        private final Organisation organisation;
        private final Notifier notifier;
        private final AuditLog audit;
        private final Clock clock;

        Support(
                Municipalities municipalities,
                TransactionTemplate tx,
                Organisation organisation,
                Notifier notifier,
                AuditLog audit,
                Clock clock) {
            this.clock = clock;
            this.municipalities = municipalities;
            this.tx = tx;
            this.organisation = organisation;
            this.notifier = notifier;
            this.audit = audit;
        }
    }

    private final String name;
    private final Support support;

    /** {@code name} is the job's name in logs (use the name of its lock). */
    protected MunicipalityJob(String name, Support support) {
        this.name = name;
        this.support = support;
    }

    /**
     * Runs {@code work} in each municipality's context, each in a transaction of its own: a failure in one
     * municipality rolls back only its work, is logged with the job's name, and the others still get their turn.
     * Returns the number of municipalities where the work failed.
     */
    protected final int inEachMunicipality(Runnable work) {
        return support.municipalities.forEachMunicipality(name, () -> support.tx.executeWithoutResult(s -> work.run()));
    }

    /**
     * Runs {@code work} without a municipality in context (for the platform's own records), in a transaction of its
     * own; a failure is logged with the job's name. Returns whether the work succeeded.
     */
    protected final boolean onThePlatform(Runnable work) {
        try {
            TenantContext.runAs(null, () -> support.tx.executeWithoutResult(s -> work.run()));
            return true;
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(MunicipalityJob.class).error("Job {} failed for the platform", name, e);
            return false;
        }
    }

    /**
     * Mails a link to the person with {@code personId} when that person is known; {@code arguments} as in
     * {@link Notifier.LinkMail}.
     */
    protected final void mailPerson(UUID personId, String mailKey, String path, String... arguments) {
        if (personId != null) {
            support.organisation.person(personId).ifPresent(p -> mail(p, mailKey, path, arguments));
        }
    }

    /** Mails a link to {@code person}; {@code arguments} as in {@link Notifier.LinkMail}. */
    protected final void mail(Organisation.Person person, String mailKey, String path, String... arguments) {
        if (arguments.length == 0) {
            support.notifier.sendLink(person.email(), mailKey, path);
        } else {
            support.notifier.sendLinks(java.util.List.of(
                    new Notifier.LinkMail(person.email(), mailKey, path, java.util.List.of(arguments))));
        }
    }

    /**
     * Mails a link to everyone with {@code role} (in {@code department}, or anywhere when null), leaving out the
     * people in {@code except}; returns how many mails went out.
     */
    protected final int mailRole(
            Role role, UUID department, Collection<UUID> except, String mailKey, String path, String... arguments) {
        int sent = 0;
        for (Organisation.Person p : support.organisation.withRole(role, department)) {
            if (!except.contains(p.id())) {
                mail(p, mailKey, path, arguments);
                sent++;
            }
        }
        return sent;
    }

    /** Mails a link to everyone with {@code role}, in any department. */
    protected final int mailRole(Role role, String mailKey, String path) {
        return mailRole(role, null, Set.of(), mailKey, path);
    }

    /** Records in the audit log that the job updated (reminded, escalated) object {@code id} of {@code type}. */
    protected final void record(String type, UUID id, String note) {
        support.audit.record(AuditLog.Action.UPDATE, type, id, note);
    }

    /** The audit log, for what {@link #record} does not cover. */
    protected final AuditLog audit() {
        return support.audit;
    }

    /** Today in the Netherlands, by the application's clock. */
    protected final LocalDate today() {
        return DutchTime.today(support.clock);
    }

    /** The people of the municipality in context. */
    protected final Organisation organisation() {
        return support.organisation;
    }
}
