package nl.weerbaar.platform.security;

import java.time.Instant;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.UserIdentity;

/** The user an API key acts for, on one request; never kept in a session. */
record ApiTokenPrincipal(UserIdentity identity, UUID tokenId, ApiTokens.Scope scope, Instant expiresAt)
        implements CurrentUser.Holder {

    @Override
    public String toString() {
        return identity.username();
    }
}
