package nl.weerbaar.platform.security;

import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.platform.audit.JdbcAuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins for the lock-out (per account, and per account and address), and records logins in the audit log. */
@Component
class LoginEvents {

    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final JdbcAuditLog audit;

    LoginEvents(AccountStore accounts, LoginThrottle throttle, JdbcAuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser.Holder holder) {
            UserIdentity user = holder.identity();
            String address = LocalLogin.address(event.getAuthentication());
            accounts.recordSuccess(user.userId(), address);
            throttle.succeeded(user.username(), address);
            TenantContext.runAs(
                    user.tenantId(), () -> audit.record(AuditLog.Action.LOGIN, "session", null, "authentication"));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailure(username);
            throttle.failed(username, LocalLogin.address(event.getAuthentication()));
        }
        var account = accounts.find(username);
        TenantContext.runAs(
                account.map(a -> a.identity().tenantId()).orElse(null),
                () -> audit.recordAs(
                        account.map(a -> a.identity().userId()).orElse(null),
                        account.isPresent() ? account.get().identity().username() : "unknown",
                        AuditLog.Action.LOGIN,
                        "session",
                        AuditLog.Result.FAILURE,
                        "authentication"));
    }
}
