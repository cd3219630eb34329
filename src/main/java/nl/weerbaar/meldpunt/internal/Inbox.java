package nl.weerbaar.meldpunt.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.processes.ProcessNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipients' side: the list of reports by deadline, opening one (each opening in the audit log), acknowledging
 * receipt and writing to the reporter. A report the reporter kept from a person is not found for that person.
 */
@Service
class Inbox {

    static final String AUDIT_TYPE = "meldpunt-report";

    /** A line of the list. {@code nextDeadline} is null once the reporter has been informed. */
    record Item(
            UUID id,
            Kind kind,
            LocalDate receivedOn,
            LocalDate acknowledgedOn,
            LocalDate informedOn,
            LocalDate nextDeadline,
            boolean overdue,
            int messages,
            boolean waitingForUs) {

        /** How people name the report (see {@link Inbox#reference}). */
        public String reference() {
            return Inbox.reference(id);
        }
    }

    record Message(int seq, LocalDate sentOn, boolean fromReporter, String author, String text) {}

    record Attachment(UUID id, String name, String type, int size) {}

    record Detail(
            UUID id,
            Kind kind,
            LocalDate receivedOn,
            String description,
            String address,
            String reporterName,
            LocalDate acknowledgedOn,
            LocalDate informedOn,
            Deadlines deadlines,
            List<String> recipients,
            List<String> keptOut,
            List<Attachment> attachments,
            List<Message> messages,
            String outcome,
            LocalDate outcomeOn,
            UUID actionId,
            Channel channel,
            String recordedBy,
            LocalDate consentOn,
            LocalDate confirmedOn,
            String reference,
            Linked follows,
            List<Linked> followers,
            ProcessNames.Named process,
            String relation,
            String addressBagId) {}

    /** Another report as a link: its reference (the first eight characters of its id), day and kind. */
    record Linked(UUID id, String reference, LocalDate receivedOn, Kind kind) {

        static Linked of(Reports.Stored r) {
            return new Linked(r.id(), Inbox.reference(r.id()), r.receivedOn(), r.kind());
        }
    }

    /** How people name a report: the first eight characters of its random id, in capitals ({@code 3F2A9C1B}). */
    static String reference(UUID id) {
        return id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    static final List<String> OUTCOMES = List.of("NO_FURTHER_ACTION", "INTERNAL_INVESTIGATION", "REFERRAL", "MEASURES");

    record File(String name, byte[] bytes) {}

    private final Reports reports;
    private final Recipients recipients;
    private final Sealing sealing;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;
    private final ActionPlans plans;
    private final Retention retention;
    private final News news;
    private final ProcessNames processes;

    Inbox(
            Reports reports,
            Recipients recipients,
            Sealing sealing,
            Organisation organisation,
            AuditLog audit,
            Clock clock,
            ActionPlans plans,
            Retention retention,
            News news,
            ProcessNames processes) {
        this.processes = processes;
        this.news = news;
        this.retention = retention;
        this.reports = reports;
        this.recipients = recipients;
        this.sealing = sealing;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
        this.plans = plans;
    }

    /** A page of the list; {@code hasNext} whether another page follows (the list is not counted). */
    record Page(List<Item> items, int page, int pageSize, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    /**
     * The reports {@code me} receives that match {@code criteria}, the nearest deadline first, reports whose reporter
     * was informed last; filtered, ordered and paged in the database (ADR 0603).
     */
    @Transactional(readOnly = true)
    Page list(UserIdentity me, InboxCriteria criteria) {
        Reports.Receiver receiver = receiver(me);
        if (receiver == null) {
            return new Page(List.of(), criteria.page(), criteria.pageSize(), false);
        }
        LocalDate today = DutchTime.today(clock);
        List<Item> items = reports.list(receiver, criteria, today).stream()
                .map(r -> new Item(
                        r.id(),
                        r.kind(),
                        r.receivedOn(),
                        r.acknowledgedOn(),
                        r.informedOn(),
                        r.nextDeadline(),
                        r.nextDeadline() != null && r.nextDeadline().isBefore(today),
                        r.messages(),
                        r.lastFromReporter()))
                .toList();
        boolean hasNext = items.size() > criteria.pageSize();
        return new Page(
                hasNext ? items.subList(0, criteria.pageSize()) : items,
                criteria.page(),
                criteria.pageSize(),
                hasNext && criteria.page() < InboxCriteria.MAX_PAGE);
    }

    /** How many reports {@code me} receives that wait for the recipients: not acknowledged, or the reporter wrote last. */
    @Transactional(readOnly = true)
    long waiting(UserIdentity me) {
        Reports.Receiver receiver = receiver(me);
        return receiver == null ? 0 : reports.waiting(receiver);
    }

    /** {@code me} as a receiver of reports, or null when they receive none. */
    private Reports.Receiver receiver(UserIdentity me) {
        Recipients.Known known = recipients.known();
        List<UUID> primaries =
                known.primaries().stream().map(Organisation.Person::id).toList();
        boolean primary = primaries.contains(me.userId());
        boolean fallback = known.fallback().stream().anyMatch(p -> p.id().equals(me.userId()));
        return primary || fallback ? new Reports.Receiver(me.userId(), primary, primaries) : null;
    }

    /** The proof the retention job left, the latest deletions first (ADR 0605); nothing of any report's content. */
    @Transactional(readOnly = true)
    List<Retention.Proof> deletions() {
        return retention.proof(500);
    }

    /** Opens a report for {@code me}; recorded in the audit log. */
    @Transactional
    Detail open(UUID id, UserIdentity me) {
        Reports.Stored report = mine(id, me);
        audit.read(AUDIT_TYPE, id, "open");
        FileCipher cipher = sealing.open(report);
        Sealing.Content content = sealing.content(cipher, report);
        return new Detail(
                report.id(),
                report.kind(),
                report.receivedOn(),
                content.description(),
                content.address(),
                content.reporterName(),
                report.acknowledgedOn(),
                report.informedOn(),
                Deadlines.of(report.receivedOn(), report.acknowledgedOn()),
                recipients.known().of(report.notTo()).stream()
                        .map(Organisation.Person::displayName)
                        .toList(),
                report.notTo().stream()
                        .map(p -> organisation
                                .person(p)
                                .map(Organisation.Person::displayName)
                                .orElse("?"))
                        .toList(),
                reports.attachments(id).stream()
                        .map(a -> new Attachment(
                                a.id(),
                                Sealing.openText(cipher, a.name(), "meldpunt-attachment-name:" + a.id()),
                                a.contentType(),
                                a.size()))
                        .toList(),
                reports.messages(id).stream()
                        .map(m -> new Message(
                                m.seq(),
                                m.sentOn(),
                                m.fromReporter(),
                                m.authorId() == null
                                        ? null
                                        : organisation
                                                .person(m.authorId())
                                                .map(Organisation.Person::displayName)
                                                .orElse("?"),
                                Sealing.openText(cipher, m.body(), "meldpunt-message:" + m.id())))
                        .toList(),
                report.outcome(),
                report.outcomeOn(),
                report.actionId(),
                report.channel(),
                report.recordedBy() == null
                        ? null
                        : organisation
                                .person(report.recordedBy())
                                .map(Organisation.Person::displayName)
                                .orElse("?"),
                report.consentOn(),
                report.confirmedOn(),
                reference(report.id()),
                report.follows() == null
                        ? null
                        : received(reports.get(report.follows()), me)
                                .map(Linked::of)
                                .orElse(null),
                reports.followers(id).stream()
                        .filter(r -> received(r, me).isPresent())
                        .map(Linked::of)
                        .toList(),
                content.processId() == null
                        ? null
                        : processes.byId(content.processId()).orElse(new ProcessNames.Named(content.processId(), null)),
                content.relation(),
                content.addressBagId());
    }

    /**
     * Records the outcome. With measures, {@code measure} (optional) becomes an action in the action plan holding only
     * that text, linked back to the report (which opens only for its recipients).
     */
    @Transactional
    void recordOutcome(UUID id, UserIdentity me, String outcome, String measure) {
        Reports.Stored report = mine(id, me);
        FieldErrors errors = new FieldErrors();
        String chosen = errors.oneOf("outcome", outcome, OUTCOMES, true);
        String text = errors.text("measure", measure, false, 200);
        if (text != null && !"MEASURES".equals(chosen) && chosen != null) {
            errors.reject("measure", "meldpunt.outcome.measureOnlyWithMeasures");
        }
        errors.throwIfAny();
        UUID action = null;
        if (text != null && report.actionId() == null) {
            action = plans.create(new ActionPlans.NewAction(
                    text, null, "meldpunt", id.toString(), null, null, ActionPlans.Priority.HIGH));
        }
        reports.outcome(id, chosen, DutchTime.today(clock), action);
        audit.record(AuditLog.Action.UPDATE, AUDIT_TYPE, id, "outcome " + chosen);
    }

    /** Records that receipt was acknowledged today (once). */
    @Transactional
    void acknowledge(UUID id, UserIdentity me) {
        Reports.Stored report = mine(id, me);
        if (reports.acknowledge(id, DutchTime.today(clock))) {
            audit.record(AuditLog.Action.UPDATE, AUDIT_TYPE, id, "acknowledged");
            news.tell(report);
        }
    }

    /**
     * Writes to the reporter; {@code informs}: the message informs about the assessment and follow-up, which meets the
     * three-month deadline (acknowledges receipt first when that was not done yet).
     */
    @Transactional
    void write(UUID id, UserIdentity me, String text, boolean informs) {
        Reports.Stored report = mine(id, me);
        FieldErrors errors = new FieldErrors();
        String body = errors.text("message", text, true, Reporting.MAX_MESSAGE);
        errors.throwIfAny();
        FileCipher cipher = sealing.open(report);
        UUID message = UUID.randomUUID();
        LocalDate today = DutchTime.today(clock);
        reports.addMessage(
                id, false, me.userId(), today, message, Sealing.sealText(cipher, body, "meldpunt-message:" + message));
        audit.record(AuditLog.Action.CREATE, "meldpunt-message", message, "to reporter");
        news.tell(report);
        if (informs) {
            if (reports.acknowledge(id, today)) {
                audit.record(AuditLog.Action.UPDATE, AUDIT_TYPE, id, "acknowledged");
            }
            if (reports.informed(id, today)) {
                audit.record(AuditLog.Action.UPDATE, AUDIT_TYPE, id, "informed");
            }
        }
    }

    /** An attachment's cleaned bytes; the download is recorded in the audit log. */
    @Transactional
    File attachment(UUID id, UUID attachment, UserIdentity me) {
        Reports.Stored report = mine(id, me);
        Reports.StoredAttachment a = reports.attachment(id, attachment);
        audit.read("meldpunt-attachment", attachment, "download");
        FileCipher cipher = sealing.open(report);
        return new File(
                Sealing.openText(cipher, a.name(), "meldpunt-attachment-name:" + a.id()),
                cipher.open(a.data(), "meldpunt-attachment:" + a.id()));
    }

    /**
     * Links report {@code id} to the earlier report the reporter referred to in words (a lost receipt code), named by
     * its reference or id. Only a report {@code me} receives can be named; a field error otherwise.
     */
    @Transactional
    void link(UUID id, UserIdentity me, String reference) {
        Reports.Stored report = mine(id, me);
        FieldErrors errors = new FieldErrors();
        String given = errors.text("reference", reference, true, 36);
        errors.throwIfAny();
        String prefix = given.strip().toLowerCase(java.util.Locale.ROOT);
        List<Reports.Stored> found = prefix.matches("[0-9a-f][0-9a-f-]{7,35}")
                ? reports.byIdPrefix(prefix).stream()
                        .filter(r -> !r.id().equals(id) && received(r, me).isPresent())
                        .toList()
                : List.of();
        if (found.isEmpty()) {
            errors.reject("reference", "meldpunt.link.unknown", given.strip());
        } else if (found.size() > 1) {
            errors.reject("reference", "meldpunt.link.ambiguous");
        } else if (id.equals(found.get(0).follows())) {
            errors.reject("reference", "meldpunt.link.circle");
        }
        errors.throwIfAny();
        reports.link(report.id(), found.get(0).id());
        audit.record(
                AuditLog.Action.UPDATE,
                AUDIT_TYPE,
                id,
                "linked to earlier report " + found.get(0).id());
    }

    private java.util.Optional<Reports.Stored> received(Reports.Stored report, UserIdentity me) {
        return recipients.known().receives(me.userId(), report.notTo())
                ? java.util.Optional.of(report)
                : java.util.Optional.empty();
    }

    /** Report {@code id} as stored, when {@code me} receives it; otherwise not found. */
    Reports.Stored mine(UUID id, UserIdentity me) {
        Reports.Stored report = reports.get(id);
        if (!recipients.known().receives(me.userId(), report.notTo())) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return report;
    }
}
