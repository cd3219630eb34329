package nl.weerbaar.meldpunt.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.ContentSniffer;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UploadLimits;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.processes.ProcessNames;
import nl.weerbaar.registries.AddressChoices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporter's side, reachable without an account (ADR 0601): make a report and get a receipt code, come back with
 * the code to read the messages and answer. Nothing here writes an audit entry, publishes an event or logs: the
 * audit log's time and order, an event's time, or a log line would tell when an anonymous report was made. Days only.
 */
@Service
class Reporting {

    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_ADDRESS = 300;
    static final int MAX_MESSAGE = 5_000;
    static final int MAX_FILES = 5;

    /**
     * Room a form keeps for everything but its files: the description (10,000 characters of at most 4 bytes each), the
     * address, the choices and the headers of the parts. The files together get the platform's form limit less this.
     */
    static final long TEXT_ROOM = 1024 * 1024;

    /** A file as uploaded. */
    record Upload(String name, byte[] bytes) {}

    /** What the reporter filled in. */
    record Submission(
            String kind,
            String description,
            String address,
            List<String> notTo,
            boolean named,
            List<Upload> files,
            String newsEmail,
            String process,
            String relation,
            String addressBagId) {}

    /** Either the receipt code (shown once, never stored) or what was wrong. */
    record Submitted(String receiptCode, FieldErrors errors) {}

    record Message(LocalDate sentOn, boolean fromReporter, String text) {}

    /** What the reporter sees with the receipt code. */
    record View(
            Kind kind,
            LocalDate receivedOn,
            String description,
            String address,
            boolean named,
            LocalDate acknowledgedOn,
            LocalDate informedOn,
            List<String> attachments,
            List<Message> messages,
            Channel channel,
            LocalDate confirmedOn,
            boolean news) {}

    /** What a recipient records of a phone call or meeting; {@code consent}: the reporter agreed to the record. */
    record Oral(String channel, String kind, String description, String address, boolean consent, String addressBagId) {

        Oral(String channel, String kind, String description, String address, boolean consent) {
            this(channel, kind, description, address, consent, null);
        }
    }

    private final Reports reports;
    private final Recipients recipients;
    private final MeldpuntKeys keys;
    private final Sealing sealing;
    private final TransactionTemplate tx;
    private final UploadLimits uploads;
    private final Clock clock;
    private final AuditLog audit;
    private final AddressChoices addresses;

    private final ProcessNames processes;
    private final Openness openness;

    Reporting(
            Reports reports,
            Recipients recipients,
            MeldpuntKeys keys,
            Sealing sealing,
            TransactionTemplate tx,
            UploadLimits uploads,
            Clock clock,
            AuditLog audit,
            ProcessNames processes,
            Openness openness,
            AddressChoices addresses) {
        this.addresses = addresses;
        this.openness = openness;
        this.processes = processes;
        this.reports = reports;
        this.recipients = recipients;
        this.keys = keys;
        this.sealing = sealing;
        this.tx = tx;
        this.uploads = uploads;
        this.clock = clock;
        this.audit = audit;
    }

    /** Whether the municipality's meldpunt is open to residents and entrepreneurs. */
    boolean openToOutsiders(UUID tenant) {
        return TenantContext.callAs(tenant, openness::openToOutsiders);
    }

    /** The processes a reporter may point at, by name. */
    List<ProcessNames.Named> processes(UUID tenant) {
        return TenantContext.callAs(tenant, processes::all);
    }

    /** The most the attachments of one report may weigh together, so that the whole form stays within the limit. */
    long maxTogetherBytes() {
        return uploads.maxRequestBytes() - TEXT_ROOM;
    }

    /** For the form's hint: how many files, each at most so many MB, together at most so many MB. */
    Object[] attachmentLimits() {
        return new Object[] {
            MAX_FILES, UploadLimits.megabytes(uploads.maxFileBytes()), UploadLimits.megabytes(maxTogetherBytes())
        };
    }

    /** The recipients a reporter may keep out of a report of {@code tenant}. */
    List<Organisation.Person> choosable(UUID tenant) {
        return TenantContext.callAs(
                tenant, () -> tx.execute(s -> recipients.known().choosable()));
    }

    /**
     * Stores a report of {@code tenant}. {@code reporter} is the logged-in person or null; their name is kept (sealed)
     * only when they chose to report with their name and belong to this municipality.
     */
    Submitted submit(UUID tenant, Submission in, UserIdentity reporter) {
        return TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> {
                    FieldErrors errors = new FieldErrors();
                    String kind = errors.oneOf(
                            "kind",
                            in.kind(),
                            Arrays.stream(Kind.values()).map(Kind::name).toList(),
                            true);
                    String description = errors.text("description", in.description(), true, MAX_DESCRIPTION);
                    String address = errors.text("address", in.address(), false, MAX_ADDRESS);
                    String bagId = chosenAddress(in.addressBagId(), errors);
                    String newsEmail = errors.email("newsEmail", in.newsEmail(), false, News.MAX_ADDRESS);
                    UUID process = null;
                    if (in.process() != null && !in.process().isBlank()) {
                        process = parse(in.process().strip());
                        if (process == null || processes.byId(process).isEmpty()) {
                            errors.reject("process", "error.choice");
                            process = null;
                        }
                    }
                    String relation = errors.oneOf(
                            "relation",
                            in.relation(),
                            Arrays.stream(Relation.values()).map(Enum::name).toList(),
                            false);
                    if (relation != null && Relation.valueOf(relation).outsider() && !openness.openToOutsiders()) {
                        errors.reject("relation", "meldpunt.relation.closed");
                    }
                    Recipients.Known known = recipients.known();
                    Set<UUID> choosable = new LinkedHashSet<>();
                    known.choosable().forEach(p -> choosable.add(p.id()));
                    List<UUID> notTo = new ArrayList<>();
                    for (String id : in.notTo()) {
                        UUID parsed = parse(id);
                        if (parsed == null || !choosable.contains(parsed)) {
                            errors.reject("notTo", "error.choice");
                        } else if (!notTo.contains(parsed)) {
                            notTo.add(parsed);
                        }
                    }
                    if (!errors.has("notTo")
                            && !choosable.isEmpty()
                            && known.of(notTo).isEmpty()) {
                        errors.reject("notTo", "meldpunt.notTo.nobodyLeft");
                    }
                    boolean named = in.named() && reporter != null && tenant.equals(reporter.tenantId());
                    List<Cleaned> cleaned = clean(in.files(), errors);
                    if (errors.any()) {
                        return new Submitted(null, errors);
                    }
                    Created created = insert(
                            tenant,
                            kind,
                            DutchTime.today(clock),
                            new Sealing.Content(
                                    description,
                                    address,
                                    named ? reporter.displayName() : null,
                                    newsEmail,
                                    process,
                                    relation,
                                    bagId),
                            notTo);
                    store(created.cipher(), created.id(), cleaned);
                    return new Submitted(ReceiptCodes.grouped(created.code()), errors);
                }));
    }

    /**
     * Records a phone call or meeting as a report of the recorder's municipality (ADR 0604): it goes to every recipient,
     * as a written report that keeps nobody out. The receipt code, shown once to the recorder to hand to the reporter,
     * lets the reporter read, correct (by a message) and confirm the record. Recorded in the audit log: the recorder's
     * action, not the reporter's.
     */
    Submitted recordOral(Oral in, UserIdentity recorder) {
        return tx.execute(s -> {
            FieldErrors errors = new FieldErrors();
            String channel = errors.oneOf("channel", in.channel(), List.of("PHONE", "MEETING"), true);
            String kind = errors.oneOf(
                    "kind",
                    in.kind(),
                    Arrays.stream(Kind.values()).map(Kind::name).toList(),
                    true);
            String description = errors.text("description", in.description(), true, MAX_DESCRIPTION);
            String address = errors.text("address", in.address(), false, MAX_ADDRESS);
            String bagId = chosenAddress(in.addressBagId(), errors);
            if (!in.consent()) {
                errors.reject("consent", "meldpunt.oral.consentMissing");
            }
            if (errors.any()) {
                return new Submitted(null, errors);
            }
            LocalDate today = DutchTime.today(clock);
            Created created = insert(
                    TenantContext.require(),
                    kind,
                    today,
                    new Sealing.Content(description, address, null, null, bagId),
                    List.of());
            UUID id = created.id();
            reports.oral(id, Channel.valueOf(channel), recorder.userId(), today);
            audit.record(AuditLog.Action.CREATE, Inbox.AUDIT_TYPE, id, "oral report recorded");
            return new Submitted(ReceiptCodes.grouped(created.code()), errors);
        });
    }

    /** A report just stored: its id, the cipher under its own key, and the receipt code (shown once, never kept). */
    private record Created(UUID id, FileCipher cipher, String code) {}

    /**
     * Stores a new report of {@code tenant}: a fresh key of its own (wrapped under the municipality's key), its content
     * sealed with it, the receipt code only as a hash, and the keyed pseudonym of its BAG address when it has one.
     */
    private Created insert(UUID tenant, String kind, LocalDate day, Sealing.Content content, List<UUID> notTo) {
        UUID id = UUID.randomUUID();
        byte[] reportKey = keys.newReportKey();
        FileCipher cipher = MeldpuntKeys.reportCipher(reportKey);
        String code = ReceiptCodes.newCode();
        reports.insert(
                id,
                Kind.valueOf(kind),
                day,
                keys.receiptHash(tenant, code),
                keys.wrap(tenant, id, reportKey),
                sealing.sealContent(cipher, id, content),
                notTo);
        if (content.addressBagId() != null) {
            reports.setAddressKey(id, keys.addressKey(tenant, content.addressBagId()));
        }
        return new Created(id, cipher, code);
    }

    /**
     * The reporter confirms the record of an oral report; false when the code opens no report. Confirming twice, or a
     * written report, changes nothing.
     */
    boolean confirm(UUID tenant, String code) {
        return Boolean.TRUE.equals(TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> {
                    Optional<Reports.Stored> report = find(tenant, code);
                    report.ifPresent(r -> reports.confirm(r.id(), DutchTime.today(clock)));
                    return report.isPresent();
                })));
    }

    /** The chosen BAG address, checked against the BAG (ADR 1020); null when none was chosen. */
    private String chosenAddress(String bagId, FieldErrors errors) {
        if (bagId == null || bagId.isBlank()) {
            return null;
        }
        return addresses.chosen(bagId.strip()).map(AddressChoices.Choice::id).orElseGet(() -> {
            errors.reject("addressBagId", "registries.address.error.unknown");
            return null;
        });
    }

    /** A file cleaned of what it said about its maker, with the name it is stored under. */
    private record Cleaned(MetadataStripper.Result file, String name) {}

    /**
     * Checks the uploads (how many, each one's size, all together, a type that can be cleaned) and cleans them; every
     * problem goes into {@code errors} under the field {@code attachments}. Empty file fields are left out.
     */
    private List<Cleaned> clean(List<Upload> uploaded, FieldErrors errors) {
        List<Cleaned> cleaned = new ArrayList<>();
        List<Upload> files = uploaded.stream().filter(f -> f.bytes().length > 0).toList();
        if (files.size() > MAX_FILES) {
            errors.reject("attachments", "meldpunt.attachment.tooMany", MAX_FILES);
        }
        long together = files.stream().mapToLong(f -> f.bytes().length).sum();
        if (together > maxTogetherBytes() && !errors.has("attachments")) {
            errors.reject(
                    "attachments", "meldpunt.attachment.tooMuchTogether", UploadLimits.megabytes(maxTogetherBytes()));
        }
        for (Upload f : files) {
            if (errors.has("attachments")) {
                break;
            }
            if (f.bytes().length > uploads.maxFileBytes()) {
                errors.reject("attachments", "meldpunt.attachment.tooLarge", safe(f.name()), uploads.inMegabytes()[0]);
                break;
            }
            MetadataStripper.Result r = MetadataStripper.clean(f.bytes());
            if (r.refused()) {
                errors.reject("attachments", r.refusal(), safe(f.name()));
            } else {
                cleaned.add(new Cleaned(r, ContentSniffer.safeName(f.name(), r.type(), "bijlage")));
            }
        }
        return cleaned;
    }

    /** Stores cleaned files with report {@code report}, names and contents sealed with the report's key. */
    private void store(FileCipher cipher, UUID report, List<Cleaned> files) {
        for (Cleaned c : files) {
            UUID attachment = UUID.randomUUID();
            reports.addAttachment(
                    attachment,
                    report,
                    c.file().type(),
                    c.file().bytes().length,
                    Sealing.sealText(cipher, c.name(), "meldpunt-attachment-name:" + attachment),
                    cipher.seal(c.file().bytes(), "meldpunt-attachment:" + attachment));
        }
    }

    /** The report of {@code tenant} with this receipt code, or empty when there is none. */
    Optional<View> follow(UUID tenant, String code) {
        return TenantContext.callAs(
                tenant, () -> tx.execute(s -> find(tenant, code).map(this::view)));
    }

    /** Adds the reporter's message; false when the code opens no report. Refused input throws. */
    boolean reply(UUID tenant, String code, String text) {
        return reply(tenant, code, text, List.of());
    }

    /**
     * Adds the reporter's message with files (cleaned and checked as with a report); false when the code opens no
     * report. Refused input throws, and nothing is saved.
     */
    boolean reply(UUID tenant, String code, String text, List<Upload> files) {
        return Boolean.TRUE.equals(TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> {
                    Optional<Reports.Stored> report = find(tenant, code);
                    if (report.isEmpty()) {
                        return false;
                    }
                    FieldErrors errors = new FieldErrors();
                    String body = errors.text("message", text, true, MAX_MESSAGE);
                    List<Cleaned> cleaned = clean(files, errors);
                    errors.throwIfAny();
                    FileCipher cipher = sealing.open(report.get());
                    store(cipher, report.get().id(), cleaned);
                    UUID id = UUID.randomUUID();
                    reports.addMessage(
                            report.get().id(),
                            true,
                            null,
                            DutchTime.today(clock),
                            id,
                            Sealing.sealText(cipher, body, "meldpunt-message:" + id));
                    return true;
                })));
    }

    private Optional<Reports.Stored> find(UUID tenant, String code) {
        return ReceiptCodes.normalise(code).flatMap(c -> reports.byReceiptHash(keys.receiptHash(tenant, c)));
    }

    private View view(Reports.Stored report) {
        FileCipher cipher = sealing.open(report);
        Sealing.Content content = sealing.content(cipher, report);
        return new View(
                report.kind(),
                report.receivedOn(),
                content.description(),
                content.address(),
                content.reporterName() != null,
                report.acknowledgedOn(),
                report.informedOn(),
                reports.attachments(report.id()).stream()
                        .map(a -> Sealing.openText(cipher, a.name(), "meldpunt-attachment-name:" + a.id()))
                        .toList(),
                reports.messages(report.id()).stream()
                        .map(m -> new Message(
                                m.sentOn(),
                                m.fromReporter(),
                                Sealing.openText(cipher, m.body(), "meldpunt-message:" + m.id())))
                        .toList(),
                report.channel(),
                report.confirmedOn(),
                content.newsEmail() != null);
    }

    /** Stops the "there is news" mails of the report with this code; false when the code opens no report. */
    boolean stopNews(UUID tenant, String code) {
        return Boolean.TRUE.equals(TenantContext.callAs(
                tenant,
                () -> tx.execute(s -> find(tenant, code)
                        .map(report -> {
                            FileCipher cipher = sealing.open(report);
                            Sealing.Content content = sealing.content(cipher, report);
                            if (content.newsEmail() != null) {
                                reports.replaceContent(
                                        report.id(),
                                        sealing.sealContent(cipher, report.id(), content.withoutNewsEmail()));
                            }
                            return true;
                        })
                        .orElse(false))));
    }

    private static String safe(String name) {
        return name == null ? "" : name.replaceAll("[^\\p{L}\\p{N} ._-]", "_");
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
