package nl.weerbaar.awareness.hub;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.ContentSniffer;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awareness hub of the municipality in context: the coordinator writes, publishes and takes back items and adds
 * images; every employee reads what is published. Items are no case data, so reading them is counted (a number per
 * item) but not audited; every change is audited.
 */
@Service
class HubService {

    static final String TYPE = "awareness-item";
    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    static final int LATEST = 10;

    /** What a form sends for an item. */
    record Draft(String kind, String title, String body, boolean publicItem) {}

    /** A confidant as the hub shows them: name, whom they are for, and how to reach them. */
    record Confidant(String name, String scope, String email) {}

    private final Items items;
    private final Images images;
    private final FileCipher cipher;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;

    HubService(Items items, Images images, FileCipher cipher, Organisation organisation, AuditLog audit, Clock clock) {
        this.items = items;
        this.images = images;
        this.cipher = cipher;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest published items, for the hub and the start page. */
    @Transactional(readOnly = true)
    List<Item> latest(int limit) {
        return items.published(limit, false);
    }

    /** Every item, drafts included, for the coordinator. */
    @Transactional(readOnly = true)
    List<Item> all(UserIdentity user) {
        requireCoordinator(user);
        return items.all();
    }

    /**
     * A published item for an employee (its read counted), or any item for the coordinator (not counted).
     * {@link NotFoundException} for a draft the user may not see or another municipality's id.
     */
    @Transactional
    Item read(UUID id, UserIdentity user) {
        Item item = items.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        if (!item.published()) {
            if (!isCoordinator(user)) {
                throw new NotFoundException(TYPE, id);
            }
            return item;
        }
        items.countRead(id, false);
        return item;
    }

    /** An item to edit, with its images. */
    @Transactional(readOnly = true)
    Item forEdit(UUID id, UserIdentity user) {
        requireCoordinator(user);
        return items.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    @Transactional(readOnly = true)
    List<Images.Listed> imagesOf(UUID itemId, UserIdentity user) {
        requireCoordinator(user);
        return images.ofItem(itemId);
    }

    /** Creates a draft; refused with field errors, nothing saved. */
    @Transactional
    UUID create(Draft draft, UserIdentity user) {
        requireCoordinator(user);
        Draft checked = check(draft);
        UUID id = UUID.randomUUID();
        items.insert(
                id,
                checked.kind(),
                checked.title(),
                checked.body(),
                checked.publicItem(),
                user.userId(),
                clock.instant());
        audit.record(AuditLog.Action.CREATE, TYPE, id, "item written");
        return id;
    }

    @Transactional
    void update(UUID id, Draft draft, UserIdentity user) {
        requireCoordinator(user);
        items.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        Draft checked = check(draft);
        items.update(id, checked.kind(), checked.title(), checked.body(), checked.publicItem(), clock.instant());
        audit.record(AuditLog.Action.UPDATE, TYPE, id, "item changed");
    }

    /** Publishes the item now, or takes it back to draft. */
    @Transactional
    void publish(UUID id, boolean publish, UserIdentity user) {
        requireCoordinator(user);
        Item item = items.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        if (item.published() != publish) {
            items.publish(id, publish ? clock.instant() : null);
            audit.record(AuditLog.Action.UPDATE, TYPE, id, publish ? "item published" : "item taken back");
        }
    }

    /**
     * Stores an image for the item: PNG or JPEG by content, at most {@link #MAX_IMAGE_BYTES}. Returns its id; the
     * Markdown names it as {@code /awareness/images/<id>}.
     */
    @Transactional
    UUID addImage(UUID itemId, byte[] bytes, UserIdentity user) {
        requireCoordinator(user);
        items.find(itemId).orElseThrow(() -> new NotFoundException(TYPE, itemId));
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("image", "awareness.error.image.required");
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            throw new InvalidInputException("image", "awareness.error.image.tooLarge", MAX_IMAGE_BYTES / (1024 * 1024));
        }
        String type = ContentSniffer.sniff(bytes)
                .filter(t -> t.equals("image/png") || t.equals("image/jpeg"))
                .orElseThrow(() -> new InvalidInputException("image", "awareness.error.image.type"));
        UUID id = UUID.randomUUID();
        images.insert(
                id, itemId, type, bytes.length, cipher.seal(bytes, id.toString()), user.userId(), clock.instant());
        audit.record(AuditLog.Action.CREATE, "awareness-image", id, "image added");
        return id;
    }

    /**
     * An image with its type, for an employee only when its item is published (the coordinator sees a draft's too).
     */
    @Transactional(readOnly = true)
    Optional<Picture> image(UUID id, UserIdentity user) {
        return images.find(id)
                .flatMap(s -> items.find(s.itemId())
                        .filter(item -> item.published() || isCoordinator(user))
                        .map(item -> new Picture(s.contentType(), cipher.open(s.sealed(), s.id().toString()))));
    }

    /** The bytes of an image and their type. */
    record Picture(String contentType, byte[] bytes) {}

    /** The people holding the confidant role now, civil servants' confidants first. */
    @Transactional(readOnly = true)
    List<Confidant> confidants() {
        return organisation.withRole(Role.CONFIDANT, null).stream()
                .sorted(Comparator.comparing((Organisation.Person p) -> "OFFICE_HOLDERS".equals(p.confidantScope()))
                        .thenComparing(Organisation.Person::displayName))
                .map(p -> new Confidant(p.displayName(), p.confidantScope(), p.email()))
                .toList();
    }

    static boolean isCoordinator(UserIdentity user) {
        return user != null && user.has(Role.COORDINATOR);
    }

    private static void requireCoordinator(UserIdentity user) {
        if (!isCoordinator(user)) {
            throw new AccessDeniedException("awareness items");
        }
    }

    private static Draft check(Draft draft) {
        FieldErrors errors = new FieldErrors();
        String kind = errors.oneOf("kind", draft.kind(), Item.KINDS, true);
        String title = errors.text("title", draft.title(), true, Item.MAX_TITLE);
        if (title != null && title.length() < 2) {
            errors.reject("title", "awareness.error.title.short");
        }
        String body = errors.text("body", draft.body(), true, Item.MAX_BODY);
        errors.throwIfAny();
        return new Draft(kind, title, body, draft.publicItem());
    }
}
