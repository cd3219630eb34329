package nl.weerbaar.awareness.hub;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.Framing;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's face on the intranet, without login, for the municipality in context: only published items marked
 * public, their images, and the list of intranet origins that may frame the page (kept by the coordinator or the
 * application administrator, every change audited). Reads on the intranet are counted per item, numbers only.
 */
@Service
class IntranetService {

    static final String ORIGIN_TYPE = "awareness-intranet-origin";
    static final int FEED_SIZE = 20;

    private final Items items;
    private final Images images;
    private final IntranetOrigins origins;
    private final FileCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    IntranetService(
            Items items, Images images, IntranetOrigins origins, FileCipher cipher, AuditLog audit, Clock clock) {
        this.items = items;
        this.images = images;
        this.origins = origins;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest public published items. */
    @Transactional(readOnly = true)
    List<Item> publicItems(int limit) {
        return items.published(limit, true);
    }

    /** A public published item, its read on the intranet counted; {@link NotFoundException} otherwise. */
    @Transactional
    Item read(UUID id) {
        Item item = publicItem(id);
        items.countRead(id, true);
        return item;
    }

    /** An image of a public published item. */
    @Transactional(readOnly = true)
    Optional<HubService.Picture> image(UUID id) {
        return images.find(id)
                .flatMap(s -> items.find(s.itemId())
                        .filter(i -> i.published() && i.publicItem())
                        .map(i -> new HubService.Picture(s.contentType(), cipher.open(s.sealed(), s.id().toString()))));
    }

    @Transactional(readOnly = true)
    List<String> origins() {
        return origins.all();
    }

    /** Lists an intranet origin; refused on field {@code origin} when it is not one or the list is full. */
    @Transactional
    String addOrigin(String text, UserIdentity user) {
        requireKeeper(user);
        FieldErrors errors = new FieldErrors();
        String origin = null;
        if (!errors.rejectUnreadable("origin", text)) {
            origin = Framing.origin(text).orElse(null);
            if (origin == null) {
                errors.reject("origin", "awareness.error.origin");
            } else if (origins.all().size() >= IntranetOrigins.MAX) {
                errors.reject("origin", "awareness.error.origin.full", IntranetOrigins.MAX);
            }
        }
        errors.throwIfAny();
        if (origins.add(origin, user.userId(), clock.instant())) {
            audit.record(AuditLog.Action.CREATE, ORIGIN_TYPE, origin, "intranet origin listed");
        }
        return origin;
    }

    @Transactional
    void removeOrigin(String origin, UserIdentity user) {
        requireKeeper(user);
        if (origins.remove(origin)) {
            audit.record(AuditLog.Action.DELETE, ORIGIN_TYPE, origin, "intranet origin removed");
        }
    }

    static boolean isKeeper(UserIdentity user) {
        return user.hasAny(Role.COORDINATOR, Role.ADMIN);
    }

    private static void requireKeeper(UserIdentity user) {
        if (!isKeeper(user)) {
            throw new AccessDeniedException("intranet origins");
        }
    }

    private Item publicItem(UUID id) {
        return items.find(id)
                .filter(i -> i.published() && i.publicItem())
                .orElseThrow(() -> new NotFoundException(HubService.TYPE, id));
    }
}
