package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recipients' list, filtered, ordered and paged in SQL: who receives what ("not to X", the fallback), the filters
 * by state, kind, overdue and waiting, the order by next deadline and pages that add up to the whole list.
 */
class MeldpuntInboxIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Autowired
    Inbox inbox;

    UserIdentity coordinator;
    UserIdentity confidant;
    UserIdentity secretary;
    // made once for the class: the days are the class's own
    static UUID acknowledged;
    static UUID answered;
    static UUID notToCoordinator;
    static UUID notToPrimaries;

    @BeforeEach
    void fourReports() {
        coordinator = who("coordinator", Role.COORDINATOR);
        confidant = who("vertrouwenspersoon", Role.CONFIDANT);
        secretary = who("secretaris", Role.SECRETARY);
        if (acknowledged == null) {
            make();
        }
        clock.setTo(Instant.parse("2037-02-20T10:00:00Z"));
    }

    private void make() {
        List<String> primaries = List.of(
                coordinator.userId().toString(),
                confidant.userId().toString(),
                who("vertrouwenspersoon.bestuur", Role.CONFIDANT).userId().toString());
        acknowledged = submit("2037-01-31", "LEAK", List.of()).id();
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> inbox.acknowledge(acknowledged, coordinator));
        Made b = submit("2037-02-01", "UNDERMINING", List.of());
        answered = b.id();
        assertThat(reporting.reply(Demo.VOORBEELDSTAD, b.code(), "Nog iets: het ging om pand 12."))
                .isTrue();
        notToCoordinator = submit(
                        "2037-02-02", "MISCONDUCT", List.of(coordinator.userId().toString()))
                .id();
        notToPrimaries = submit("2037-02-03", "LEAK", primaries).id();
    }

    @Test
    void theNextDeadlineIsTheSameRuleAsInJava() {
        Inbox.Item item = all(coordinator, null, null, false, false, 100).stream()
                .filter(i -> i.id().equals(acknowledged))
                .findFirst()
                .orElseThrow();
        assertThat(item.nextDeadline())
                .isEqualTo(Deadlines.next(LocalDate.parse("2037-01-31"), LocalDate.parse("2037-01-31"), null))
                .isEqualTo(LocalDate.parse("2037-04-30"));
        assertThat(item.overdue()).isFalse();
    }

    @Test
    void eachRecipientGetsOnlyWhatTheyReceive() {
        assertThat(ids(all(coordinator, null, null, false, false, 100)))
                .contains(acknowledged, answered)
                .doesNotContain(notToCoordinator, notToPrimaries);
        assertThat(ids(all(confidant, null, null, false, false, 100)))
                .contains(acknowledged, notToCoordinator)
                .doesNotContain(notToPrimaries);
        assertThat(ids(all(secretary, null, null, false, false, 100)))
                .contains(notToPrimaries)
                .doesNotContain(acknowledged, answered, notToCoordinator);
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(ids(all(coordinator, null, Kind.UNDERMINING, false, false, 100)))
                .contains(answered)
                .doesNotContain(acknowledged);
        assertThat(ids(all(coordinator, InboxCriteria.State.ACKNOWLEDGED, null, false, false, 100)))
                .contains(acknowledged)
                .doesNotContain(answered);
        assertThat(ids(all(coordinator, InboxCriteria.State.NEW, null, false, false, 100)))
                .contains(answered)
                .doesNotContain(acknowledged);
        assertThat(ids(all(coordinator, InboxCriteria.State.INFORMED, null, false, false, 100)))
                .doesNotContain(answered, acknowledged);
        List<Inbox.Item> overdue = all(coordinator, null, null, true, false, 100);
        assertThat(ids(overdue)).contains(answered).doesNotContain(acknowledged);
        assertThat(overdue).allMatch(Inbox.Item::overdue);
        List<Inbox.Item> waiting = all(coordinator, null, null, false, true, 100);
        assertThat(ids(waiting)).contains(answered).doesNotContain(acknowledged);
        assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, () -> inbox.waiting(coordinator)))
                .isEqualTo(waiting.size());
    }

    @Test
    void pagesFollowTheDeadlinesAndAddUpToTheWholeList() {
        List<Inbox.Item> whole = all(coordinator, null, null, false, false, 100);
        assertThat(whole)
                .isSortedAccordingTo(
                        Comparator.comparing(Inbox.Item::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(Inbox.Item::receivedOn));
        assertThat(ids(all(coordinator, null, null, false, false, 2))).containsExactlyElementsOf(ids(whole));
    }

    @Test
    void thePageShowsFiltersAndNamesAStateItCannotRead() {
        var client = loginAs("coordinator");
        String page = client.get("/meldpunt?kind=UNDERMINING&waiting=true").body();
        assertThat(page).contains("/meldpunt/" + answered).doesNotContain("/meldpunt/" + acknowledged);
        var refused = client.get("/meldpunt?state=LOST");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("error-summary").contains("/meldpunt/" + answered);
        String first = client.get("/meldpunt?pageSize=1").body();
        assertThat(first).contains("rel=\"next\"").contains("pageSize=1&amp;page=2");
    }

    private List<Inbox.Item> all(
            UserIdentity me, InboxCriteria.State state, Kind kind, boolean overdue, boolean waiting, int size) {
        List<Inbox.Item> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            InboxCriteria c = new InboxCriteria(state, kind, overdue, waiting, page, size);
            Inbox.Page p = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> inbox.list(me, c));
            assertThat(p.items()).hasSizeLessThanOrEqualTo(size);
            items.addAll(p.items());
            if (!p.hasNext()) {
                return items;
            }
        }
    }

    private static List<UUID> ids(List<Inbox.Item> items) {
        return items.stream().map(Inbox.Item::id).toList();
    }

    record Made(UUID id, String code) {}

    /** A report received on {@code day} (a day no other test uses), found by that day. */
    private Made submit(String day, String kind, List<String> notTo) {
        clock.setTo(Instant.parse(day + "T10:00:00Z"));
        Reporting.Submitted s = reporting.submit(
                Demo.VOORBEELDSTAD,
                new Reporting.Submission(
                        kind, "Lijst " + UUID.randomUUID(), null, notTo, false, List.of(), null, null, null, null),
                null);
        assertThat(s.errors().any()).isFalse();
        UUID id = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM meldpunt_report WHERE received_on = ?::date")
                        .param(day)
                        .query(UUID.class)
                        .single());
        return new Made(id, s.receiptCode());
    }

    private UserIdentity who(String username, Role role) {
        UUID user = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
        return new UserIdentity(user, Demo.VOORBEELDSTAD, username, username, Set.of(role), null);
    }
}
