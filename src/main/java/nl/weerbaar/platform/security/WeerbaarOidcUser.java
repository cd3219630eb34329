package nl.weerbaar.platform.security;

import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A user logged in through the municipality's identity provider. */
class WeerbaarOidcUser extends DefaultOidcUser implements CurrentUser.Holder {

    private final UserIdentity identity;

    WeerbaarOidcUser(OidcUser source, UserIdentity identity) {
        super(LocalUser.authorities(identity), source.getIdToken(), source.getUserInfo());
        this.identity = identity;
    }

    @Override
    public UserIdentity identity() {
        return identity;
    }

    @Override
    public String getName() {
        return identity.username();
    }
}
