package nl.weerbaar.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user who logs in with a local password; {@code lockedUntil}: the end of a lock running when the user was read. The
 * lock does not apply to every address ({@link LocalLogin} decides), so the account itself always reads as unlocked.
 */
record LocalUser(UserIdentity identity, String passwordHash, boolean enabled, Instant lockedUntil)
        implements UserDetails, CurrentUser.Holder {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(identity);
    }

    static List<SimpleGrantedAuthority> authorities(UserIdentity identity) {
        return identity.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return identity.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled && passwordHash != null;
    }
}
