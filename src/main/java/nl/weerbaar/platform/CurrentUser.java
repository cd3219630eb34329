package nl.weerbaar.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the logged-in user of the current request. */
public final class CurrentUser {

    /** Implemented by every principal this application creates (local and OIDC login). */
    public interface Holder {
        UserIdentity identity();
    }

    private CurrentUser() {}

    public static Optional<UserIdentity> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Holder holder) {
            return Optional.of(holder.identity());
        }
        return Optional.empty();
    }

    /** The logged-in user; throws when the request is anonymous. */
    public static UserIdentity require() {
        return get().orElseThrow(() -> new IllegalStateException("No user logged in"));
    }
}
