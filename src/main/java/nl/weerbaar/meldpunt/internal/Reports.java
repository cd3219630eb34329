package nl.weerbaar.meldpunt.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports, messages and attachments of the current municipality, as stored (sealed). */
@Repository
class Reports {

    /** A report as stored: the key and content still sealed. */
    record Stored(
            UUID id,
            Kind kind,
            LocalDate receivedOn,
            FileCipher.Sealed key,
            FileCipher.Sealed content,
            List<UUID> notTo,
            LocalDate acknowledgedOn,
            LocalDate informedOn,
            String outcome,
            LocalDate outcomeOn,
            UUID actionId,
            Channel channel,
            UUID recordedBy,
            LocalDate consentOn,
            LocalDate confirmedOn,
            UUID follows) {}

    /** A report for the recipients' list: nothing sealed. */
    record Row(
            UUID id,
            Kind kind,
            LocalDate receivedOn,
            List<UUID> notTo,
            LocalDate acknowledgedOn,
            LocalDate informedOn,
            LocalDate nextDeadline,
            int messages,
            boolean lastFromReporter) {}

    record StoredMessage(
            UUID id, int seq, boolean fromReporter, UUID authorId, LocalDate sentOn, FileCipher.Sealed body) {}

    record StoredAttachment(UUID id, String contentType, int size, FileCipher.Sealed name, FileCipher.Sealed data) {}

    /** What the deadlines job needs of an open report. */
    record Open(
            UUID id,
            LocalDate receivedOn,
            LocalDate acknowledgedOn,
            List<UUID> notTo,
            boolean acknowledgeReminded,
            boolean acknowledgeEscalated,
            boolean informReminded,
            boolean informEscalated) {}

    /** The notices the deadlines job sends. */
    enum Notice {
        ACKNOWLEDGE_REMINDED,
        ACKNOWLEDGE_ESCALATED,
        INFORM_REMINDED,
        INFORM_ESCALATED
    }

    private static final String COLUMNS =
            "id, kind, received_on, key_nonce, key_wrapped, content_nonce, content, not_to, acknowledged_on, informed_on,"
                    + " outcome, outcome_on, action_id, channel, recorded_by, consent_on, confirmed_on, follows";

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            Kind kind,
            LocalDate receivedOn,
            String receiptHash,
            FileCipher.Sealed key,
            FileCipher.Sealed content,
            List<UUID> notTo) {
        jdbc.sql("INSERT INTO meldpunt_report (id, tenant_id, kind, received_on, receipt_hash, key_nonce, key_wrapped,"
                        + " content_nonce, content, not_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[])")
                .params(
                        id,
                        TenantContext.require(),
                        kind.name(),
                        receivedOn,
                        receiptHash,
                        key.nonce(),
                        key.ciphertext(),
                        content.nonce(),
                        content.ciphertext(),
                        array(notTo))
                .update();
    }

    /** Sets the keyed pseudonym of the report's BAG address (ADR 1020). */
    void setAddressKey(UUID id, String addressKey) {
        jdbc.sql("UPDATE meldpunt_report SET address_key = ? WHERE tenant_id = ? AND id = ?")
                .params(addressKey, TenantContext.require(), id)
                .update();
    }

    /** A report at an address: its day and whom the reporter kept out (for counting under the recipients' rules). */
    record AtAddress(LocalDate receivedOn, List<UUID> notTo) {}

    /** The reports of the current municipality with this address pseudonym. */
    List<AtAddress> atAddress(String addressKey) {
        return jdbc.sql("SELECT received_on, not_to FROM meldpunt_report WHERE tenant_id = ? AND address_key = ?")
                .params(TenantContext.require(), addressKey)
                .query((rs, n) -> {
                    java.sql.Array a = rs.getArray("not_to");
                    List<UUID> notTo = new java.util.ArrayList<>();
                    if (a != null) {
                        for (Object o : (Object[]) a.getArray()) {
                            notTo.add((UUID) o);
                        }
                    }
                    return new AtAddress(rs.getObject("received_on", LocalDate.class), notTo);
                })
                .list();
    }

    Optional<Stored> byReceiptHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meldpunt_report WHERE receipt_hash = ?")
                .param(hash)
                .query(Reports::map)
                .optional();
    }

    Stored get(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meldpunt_report WHERE id = ?")
                .param(id)
                .query(Reports::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("meldpunt-report", id));
    }

    /**
     * Who asks for the list, as the rule of {@link Recipients.Known#receives} in SQL: a primary recipient receives every
     * report that does not keep them out; a fallback recipient (not primary) only those that keep out every primary
     * recipient ({@code primaries}) and not them.
     */
    record Receiver(UUID person, boolean primary, List<UUID> primaries) {}

    /**
     * One page of the reports {@code receiver} receives that match {@code c}, the nearest deadline first (reports whose
     * reporter was informed last), then by day of receipt; one row more than the page size when another page follows.
     */
    List<Row> list(Receiver receiver, InboxCriteria c, LocalDate today) {
        Where where = where(receiver);
        if (c.state() != null) {
            where.sql.append(
                    switch (c.state()) {
                        case NEW -> " AND r.acknowledged_on IS NULL";
                        case ACKNOWLEDGED -> " AND r.acknowledged_on IS NOT NULL AND r.informed_on IS NULL";
                        case INFORMED -> " AND r.informed_on IS NOT NULL";
                    });
        }
        if (c.kind() != null) {
            where.add(" AND r.kind = ?", c.kind().name());
        }
        if (c.overdue()) {
            where.add(" AND r.next_deadline < ?", today);
        }
        if (c.waiting()) {
            where.sql.append(WAITING);
        }
        where.params.add(c.pageSize() + 1);
        where.params.add(c.offset());
        return jdbc.sql("""
                        SELECT p.*,
                               (SELECT count(*) FROM meldpunt_message m WHERE m.tenant_id = p.tenant_id AND m.report_id = p.id) AS messages
                          FROM (SELECT r.tenant_id, r.id, r.kind, r.received_on, r.not_to, r.acknowledged_on, r.informed_on,
                                       r.next_deadline, r.awaiting_reply
                                  FROM meldpunt_report r
                                 WHERE %s
                                 ORDER BY r.next_deadline NULLS LAST, r.received_on, r.id
                                 LIMIT ? OFFSET ?) p
                         ORDER BY p.next_deadline NULLS LAST, p.received_on, p.id
                        """.formatted(where.sql))
                .params(where.params)
                .query((rs, i) -> new Row(
                        rs.getObject("id", UUID.class),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getObject("received_on", LocalDate.class),
                        uuids(rs.getArray("not_to")),
                        rs.getObject("acknowledged_on", LocalDate.class),
                        rs.getObject("informed_on", LocalDate.class),
                        rs.getObject("next_deadline", LocalDate.class),
                        rs.getInt("messages"),
                        rs.getBoolean("awaiting_reply")))
                .list();
    }

    /** How many reports {@code receiver} receives that wait for the recipients (see {@link #WAITING}). */
    long waiting(Receiver receiver) {
        Where where = where(receiver);
        return jdbc.sql("SELECT count(*) FROM meldpunt_report r WHERE " + where.sql + WAITING)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    /** Open, and receipt not acknowledged or the reporter wrote last. */
    private static final String WAITING =
            " AND r.informed_on IS NULL AND (r.acknowledged_on IS NULL OR r.awaiting_reply)";

    private record Where(StringBuilder sql, List<Object> params) {
        void add(String condition, Object param) {
            sql.append(condition);
            params.add(param);
        }
    }

    private static Where where(Receiver receiver) {
        Where where =
                new Where(new StringBuilder("r.tenant_id = ? AND NOT (?::uuid = ANY (r.not_to))"), new ArrayList<>());
        where.params.add(TenantContext.require());
        where.params.add(receiver.person());
        if (!receiver.primary()) {
            where.add(" AND r.not_to @> ?::uuid[]", array(receiver.primaries()));
        }
        return where;
    }

    private static String array(List<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    /** Reports whose reporter has not been informed yet. */
    List<Open> open() {
        return jdbc.sql("SELECT id, received_on, acknowledged_on, not_to, acknowledge_reminded, acknowledge_escalated,"
                        + " inform_reminded, inform_escalated FROM meldpunt_report WHERE informed_on IS NULL"
                        + " ORDER BY received_on, id")
                .query((rs, i) -> new Open(
                        rs.getObject("id", UUID.class),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getObject("acknowledged_on", LocalDate.class),
                        uuids(rs.getArray("not_to")),
                        rs.getBoolean("acknowledge_reminded"),
                        rs.getBoolean("acknowledge_escalated"),
                        rs.getBoolean("inform_reminded"),
                        rs.getBoolean("inform_escalated")))
                .list();
    }

    void mark(UUID id, Notice notice) {
        String column = switch (notice) {
            case ACKNOWLEDGE_REMINDED -> "acknowledge_reminded";
            case ACKNOWLEDGE_ESCALATED -> "acknowledge_escalated";
            case INFORM_REMINDED -> "inform_reminded";
            case INFORM_ESCALATED -> "inform_escalated";
        };
        jdbc.sql("UPDATE meldpunt_report SET " + column + " = true WHERE id = ?")
                .param(id)
                .update();
    }

    void outcome(UUID id, String outcome, LocalDate day, UUID actionId) {
        jdbc.sql(
                        "UPDATE meldpunt_report SET outcome = ?, outcome_on = ?, action_id = coalesce(?, action_id) WHERE id = ?")
                .params(outcome, day, actionId, id)
                .update();
    }

    /** Marks a report just inserted as recorded orally by {@code recorder}, the reporter's consent noted on {@code day}. */
    void oral(UUID id, Channel channel, UUID recorder, LocalDate day) {
        jdbc.sql("UPDATE meldpunt_report SET channel = ?, recorded_by = ?, consent_on = ? WHERE id = ?")
                .params(channel.name(), recorder, day, id)
                .update();
    }

    /** The reporter confirmed the record of an oral report (once); false when it was written or confirmed before. */
    boolean confirm(UUID id, LocalDate day) {
        return jdbc.sql("UPDATE meldpunt_report SET confirmed_on = ? WHERE id = ? AND channel <> 'WRITTEN'"
                                + " AND confirmed_on IS NULL")
                        .params(day, id)
                        .update()
                > 0;
    }

    /** The reports whose id starts with {@code prefix} (lower-case hexadecimal digits and hyphens). */
    List<Stored> byIdPrefix(String prefix) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meldpunt_report WHERE id::text LIKE ? ORDER BY id LIMIT 10")
                .param(prefix + "%")
                .query(Reports::map)
                .list();
    }

    /** The reports that follow {@code id} (linked to it as their earlier report). */
    List<Stored> followers(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meldpunt_report WHERE follows = ? ORDER BY received_on, id")
                .param(id)
                .query(Reports::map)
                .list();
    }

    void link(UUID id, UUID follows) {
        jdbc.sql("UPDATE meldpunt_report SET follows = ? WHERE id = ?")
                .params(follows, id)
                .update();
    }

    boolean acknowledge(UUID id, LocalDate day) {
        return jdbc.sql("UPDATE meldpunt_report SET acknowledged_on = ? WHERE id = ? AND acknowledged_on IS NULL")
                        .params(day, id)
                        .update()
                > 0;
    }

    boolean informed(UUID id, LocalDate day) {
        return jdbc.sql("UPDATE meldpunt_report SET informed_on = ? WHERE id = ? AND informed_on IS NULL"
                                + " AND acknowledged_on IS NOT NULL")
                        .params(day, id)
                        .update()
                > 0;
    }

    /**
     * Adds a message as the next in the report and notes on the report who wrote last; the update locks the report
     * row, so that two messages never get one number.
     */
    UUID addMessage(UUID report, boolean fromReporter, UUID author, LocalDate day, UUID id, FileCipher.Sealed body) {
        jdbc.sql("UPDATE meldpunt_report SET awaiting_reply = ? WHERE id = ?")
                .params(fromReporter, report)
                .update();
        int seq = jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM meldpunt_message WHERE report_id = ?")
                .param(report)
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO meldpunt_message (id, tenant_id, report_id, seq, from_reporter, author_id, sent_on,"
                        + " body_nonce, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        TenantContext.require(),
                        report,
                        seq,
                        fromReporter,
                        author,
                        day,
                        body.nonce(),
                        body.ciphertext())
                .update();
        return id;
    }

    List<StoredMessage> messages(UUID report) {
        return jdbc.sql("SELECT id, seq, from_reporter, author_id, sent_on, body_nonce, body FROM meldpunt_message"
                        + " WHERE report_id = ? ORDER BY seq")
                .param(report)
                .query((rs, i) -> new StoredMessage(
                        rs.getObject("id", UUID.class),
                        rs.getInt("seq"),
                        rs.getBoolean("from_reporter"),
                        rs.getObject("author_id", UUID.class),
                        rs.getObject("sent_on", LocalDate.class),
                        new FileCipher.Sealed(rs.getBytes("body_nonce"), rs.getBytes("body"))))
                .list();
    }

    void addAttachment(UUID id, UUID report, String type, int size, FileCipher.Sealed name, FileCipher.Sealed data) {
        jdbc.sql(
                        "INSERT INTO meldpunt_attachment (id, tenant_id, report_id, content_type, size_bytes, name_nonce, name,"
                                + " data_nonce, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        TenantContext.require(),
                        report,
                        type,
                        size,
                        name.nonce(),
                        name.ciphertext(),
                        data.nonce(),
                        data.ciphertext())
                .update();
    }

    /** The attachments of a report without their bytes ({@code data} is null). */
    List<StoredAttachment> attachments(UUID report) {
        return jdbc.sql("SELECT id, content_type, size_bytes, name_nonce, name FROM meldpunt_attachment"
                        + " WHERE report_id = ? ORDER BY id")
                .param(report)
                .query((rs, i) -> new StoredAttachment(
                        rs.getObject("id", UUID.class),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"),
                        new FileCipher.Sealed(rs.getBytes("name_nonce"), rs.getBytes("name")),
                        null))
                .list();
    }

    StoredAttachment attachment(UUID report, UUID id) {
        return jdbc.sql(
                        "SELECT id, content_type, size_bytes, name_nonce, name, data_nonce, data FROM meldpunt_attachment"
                                + " WHERE report_id = ? AND id = ?")
                .params(report, id)
                .query((rs, i) -> new StoredAttachment(
                        rs.getObject("id", UUID.class),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes"),
                        new FileCipher.Sealed(rs.getBytes("name_nonce"), rs.getBytes("name")),
                        new FileCipher.Sealed(rs.getBytes("data_nonce"), rs.getBytes("data"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("meldpunt-attachment", id));
    }

    private static Stored map(ResultSet rs, int i) throws SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                rs.getObject("received_on", LocalDate.class),
                new FileCipher.Sealed(rs.getBytes("key_nonce"), rs.getBytes("key_wrapped")),
                new FileCipher.Sealed(rs.getBytes("content_nonce"), rs.getBytes("content")),
                uuids(rs.getArray("not_to")),
                rs.getObject("acknowledged_on", LocalDate.class),
                rs.getObject("informed_on", LocalDate.class),
                rs.getString("outcome"),
                rs.getObject("outcome_on", LocalDate.class),
                rs.getObject("action_id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("recorded_by", UUID.class),
                rs.getObject("consent_on", LocalDate.class),
                rs.getObject("confirmed_on", LocalDate.class),
                rs.getObject("follows", UUID.class));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    /** Replaces the sealed content of a report (the reporter stopped the news mails). */
    void replaceContent(UUID id, FileCipher.Sealed content) {
        jdbc.sql("UPDATE meldpunt_report SET content_nonce = ?, content = ? WHERE id = ?")
                .params(content.nonce(), content.ciphertext(), id)
                .update();
    }
}
