package nl.weerbaar.actions.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themes of the current municipality's action plan. The starting list is made on first use (here, in one
 * place); coordinators and application administrators add, rename, deactivate and activate themes. Names are unique
 * per municipality, ignoring case. Every change is audited; themes are not case data, so reading them is not.
 */
@Service
class ThemeService {

    static final String TYPE = "action-theme";

    private final ActionThemes themes;
    private final AuditLog audit;

    ThemeService(ActionThemes themes, AuditLog audit) {
        this.themes = themes;
        this.audit = audit;
    }

    /** Every theme, active or not, in the order of the list. */
    @Transactional
    List<Theme> all() {
        themes.seedIfEmpty();
        return themes.all();
    }

    /** The active theme with this name, ignoring case. */
    @Transactional
    Optional<UUID> activeNamed(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        themes.seedIfEmpty();
        return themes.named(name.strip()).filter(Theme::active).map(Theme::id);
    }

    /** True when {@code id} is an active theme of this municipality. */
    @Transactional
    boolean isActive(UUID id) {
        return themes.find(id).filter(Theme::active).isPresent();
    }

    @Transactional
    UUID add(String name, UserIdentity user) {
        requireManager(user);
        themes.seedIfEmpty();
        String checked = checkName(name, null);
        UUID id = refusingTakenName(() -> themes.insert(checked));
        audit.record(AuditLog.Action.CREATE, TYPE, id, "theme added");
        return id;
    }

    @Transactional
    void rename(UUID id, String name, UserIdentity user) {
        requireManager(user);
        Theme theme = themes.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        String checked = checkName(name, theme.id());
        if (!checked.equals(theme.name())) {
            refusingTakenName(() -> {
                themes.rename(id, checked);
                return id;
            });
            audit.record(AuditLog.Action.UPDATE, TYPE, id, "theme renamed");
        }
    }

    /** Deactivates or activates a theme; actions that have it keep it. */
    @Transactional
    void setActive(UUID id, boolean active, UserIdentity user) {
        requireManager(user);
        Theme theme = themes.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        if (theme.active() != active) {
            themes.setActive(id, active);
            audit.record(AuditLog.Action.UPDATE, TYPE, id, active ? "theme activated" : "theme deactivated");
        }
    }

    static boolean isManager(UserIdentity user) {
        return user.hasAny(Role.COORDINATOR, Role.ADMIN);
    }

    /** The stripped name, or {@link InvalidInputException} on field {@code name}. */
    private String checkName(String name, UUID except) {
        FieldErrors errors = new FieldErrors();
        String checked = errors.text("name", name, true, Theme.MAX_NAME);
        if (checked != null && checked.length() < 2) {
            errors.reject("name", "actions.error.theme.name");
        }
        if (!errors.any()
                && themes.named(checked).filter(t -> !t.id().equals(except)).isPresent()) {
            errors.reject("name", "actions.error.theme.taken");
        }
        errors.throwIfAny();
        return checked;
    }

    /** A name taken at the same moment by another request is refused like one taken before. */
    private static UUID refusingTakenName(Supplier<UUID> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", "actions.error.theme.taken");
        }
    }

    private static void requireManager(UserIdentity user) {
        if (!isManager(user)) {
            throw new AccessDeniedException("action plan themes");
        }
    }
}
