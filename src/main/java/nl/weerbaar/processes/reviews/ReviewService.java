package nl.weerbaar.processes.reviews;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, deciding on and closing access review campaigns, and marking revoked rights as withdrawn. Every
 * change is recorded in the audit log in the same transaction; decisions also keep who took them and when.
 */
@Service
class ReviewService {

    static final String CAMPAIGN = "processes-review-campaign";
    static final String ITEM = "processes-review-item";
    static final String TODOS_PATH = "/processes/reviews/todos";

    private final Campaigns campaigns;
    private final ReviewItems items;
    private final Revocations revocations;
    private final Organisation organisation;
    private final Notifier notifier;
    private final AuditLog audit;

    ReviewService(
            Campaigns campaigns,
            ReviewItems items,
            Revocations revocations,
            Organisation organisation,
            Notifier notifier,
            AuditLog audit) {
        this.campaigns = campaigns;
        this.items = items;
        this.revocations = revocations;
        this.organisation = organisation;
        this.notifier = notifier;
        this.audit = audit;
    }

    /**
     * Starts a campaign over the access rights in scope (empty {@code departments}: all). Throws
     * {@link NothingInScopeException}, saving nothing, when the scope holds no rights.
     */
    @Transactional
    UUID start(String name, LocalDate due, boolean sensitiveOnly, List<String> departments, UserIdentity by) {
        Set<UUID> managed = organisation.withRole(Role.MANAGER, null).stream()
                .map(Organisation.Person::departmentId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        UUID id = UUID.randomUUID();
        int count = campaigns.start(
                id, name, due, sensitiveOnly, departments, by.userId(), organisation.departments(), managed);
        if (count == 0) {
            throw new NothingInScopeException();
        }
        audit.record(AuditLog.Action.CREATE, CAMPAIGN, id, "access review started with " + count + " items");
        return id;
    }

    /** Confirms or revokes one of the reviewer's items while its campaign is open. */
    @Transactional
    void decide(UUID itemId, boolean revoke, String reason, UserIdentity by) {
        ReviewItems.Item item = items.myItem(itemId, Reviewer.of(by));
        if (!campaigns.campaign(item.campaignId()).isOpen()) {
            throw new CampaignClosedException();
        }
        items.decide(itemId, revoke ? "REVOKED" : "CONFIRMED", revoke ? reason : null, by.userId());
        audit.record(AuditLog.Action.UPDATE, ITEM, itemId, revoke ? "access right revoked" : "access right confirmed");
    }

    /** Confirms every undecided right of one person among the reviewer's items; returns how many. */
    @Transactional
    int confirmAll(UUID campaignId, UUID personId, UserIdentity by) {
        if (!campaigns.campaign(campaignId).isOpen()) {
            throw new CampaignClosedException();
        }
        List<UUID> ids = items.confirmAll(campaignId, personId, Reviewer.of(by), by.userId());
        ids.forEach(id -> audit.record(AuditLog.Action.UPDATE, ITEM, id, "access right confirmed (all of person)"));
        return ids.size();
    }

    /**
     * Closes a campaign: its decisions become final and the revoked rights to-dos; the owners of the applications
     * concerned (the coordinators for applications without an owner) get a mail with a link to their to-dos.
     */
    @Transactional
    void close(UUID campaignId, UserIdentity by) {
        campaigns.campaign(campaignId);
        if (!campaigns.close(campaignId, by.userId())) {
            throw new CampaignClosedException();
        }
        audit.record(AuditLog.Action.UPDATE, CAMPAIGN, campaignId, "access review closed");
        todoRecipients(campaignId)
                .forEach(address -> notifier.sendLink(address, "processes.mail.review-todos", TODOS_PATH));
    }

    /** An open campaign before closing: its counts and how many people closing it would mail. */
    record Closing(Campaigns.Campaign campaign, int mailed) {}

    /**
     * What closing a campaign would do, for the confirmation step; changes nothing. The read is audited;
     * {@link CampaignClosedException} when it is closed already.
     */
    @Transactional
    Closing closing(UUID campaignId) {
        Campaigns.Campaign campaign = campaigns.campaign(campaignId);
        if (!campaign.isOpen()) {
            throw new CampaignClosedException();
        }
        audit.read(CAMPAIGN, campaignId, "close confirmation");
        return new Closing(campaign, todoRecipients(campaignId).size());
    }

    /** Who is mailed when the campaign closes: the owners of applications with revoked rights, else coordinators. */
    private Set<String> todoRecipients(UUID campaignId) {
        Set<String> to = new LinkedHashSet<>();
        for (String owner : revocations.ownersOfRevoked(campaignId)) {
            if (owner != null) {
                to.add(owner);
            } else {
                organisation.withRole(Role.COORDINATOR, null).forEach(c -> to.add(c.email()));
            }
        }
        return to;
    }

    /** Whether the user sees every application's to-dos (coordinator and functional administrator). */
    static boolean seesAllTodos(UserIdentity user) {
        return user.hasAny(Role.COORDINATOR, Role.ADMIN);
    }

    /** The user's e-mail address, which makes them owner of the applications registered with it. */
    String ownerEmail(UserIdentity user) {
        return organisation
                .person(user.userId())
                .map(Organisation.Person::email)
                .filter(e -> !e.isBlank())
                .orElse(null);
    }

    @Transactional
    void markWithdrawn(UUID todoId, UserIdentity by) {
        boolean all = seesAllTodos(by);
        revocations.todo(todoId, all, all ? null : ownerEmail(by));
        if (revocations.markWithdrawn(todoId, by.userId())) {
            audit.record(AuditLog.Action.UPDATE, ITEM, todoId, "revoked access right withdrawn");
        }
    }

    // Reads for the pages and the API, each with its audit entry in the same transaction as the read.

    /** The campaigns overview. */
    @Transactional
    List<Campaigns.Campaign> campaigns() {
        audit.read(CAMPAIGN, null, "review campaigns overview");
        return campaigns.campaigns();
    }

    /** One campaign with its progress per group of reviewers and its latest decisions. */
    record CampaignPage(Campaigns.Campaign campaign, List<Campaigns.Share> shares, List<ReviewItems.Item> decisions) {}

    @Transactional
    CampaignPage campaignPage(UUID id, int decisionsShown) {
        Campaigns.Campaign campaign = campaigns.campaign(id);
        audit.read(CAMPAIGN, id, "review progress and decisions (pseudonymised)");
        return new CampaignPage(campaign, campaigns.shares(id), campaigns.decisions(id, decisionsShown));
    }

    /** A campaign's progress for the API. */
    @Transactional
    CampaignPage progress(UUID id) {
        Campaigns.Campaign campaign = campaigns.campaign(id);
        audit.read(CAMPAIGN, id, "review progress via API");
        return new CampaignPage(campaign, campaigns.shares(id), List.of());
    }

    @Transactional(readOnly = true)
    List<ReviewItems.MyCampaign> myCampaigns(Reviewer reviewer) {
        return items.myCampaigns(reviewer);
    }

    /** The reviewer's items of one campaign; {@link NotFoundException} when they have none in it. */
    record MyItems(Campaigns.Campaign campaign, List<ReviewItems.Item> items) {}

    @Transactional
    MyItems myItems(UUID campaignId, Reviewer reviewer) {
        Campaigns.Campaign campaign = campaigns.campaign(campaignId);
        List<ReviewItems.Item> mine = items.myItems(campaignId, reviewer);
        if (mine.isEmpty()) {
            throw new NotFoundException("review items", campaignId);
        }
        audit.read(ITEM, campaignId, "own review items of a campaign");
        return new MyItems(campaign, mine);
    }

    /** The revoked rights to withdraw and the counts already withdrawn per application. */
    record Todos(List<Revocations.Todo> todos, java.util.Map<UUID, Long> withdrawn) {}

    /**
     * The to-dos the user sees: all of them ({@code all}) or those of the applications owned by {@code email};
     * {@link AccessDeniedException} when the user owns none.
     */
    @Transactional
    Todos todos(boolean all, String email) {
        List<Revocations.Todo> todos = revocations.todos(all, email);
        java.util.Map<UUID, Long> withdrawn = revocations.withdrawnCounts(all, email);
        if (!all && todos.isEmpty() && withdrawn.isEmpty()) {
            throw new AccessDeniedException("no applications owned");
        }
        audit.read(ITEM, null, "revoked access rights to withdraw");
        return new Todos(todos, withdrawn);
    }
}
