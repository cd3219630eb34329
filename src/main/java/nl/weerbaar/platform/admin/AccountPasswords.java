package nl.weerbaar.platform.admin;

import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A logged-in user changes their own password: each attempt, failed or not, in the audit log (never the password). */
@Service
class AccountPasswords {

    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountPasswords(Users users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** The hash of the current password, or null when the user logs in through their organisation. */
    @Transactional(readOnly = true)
    String currentHash(UserIdentity me) {
        return users.ownPasswordHash(me.username(), me.userId()).orElse(null);
    }

    /** Whether {@code password} is the current password of a user with a local one. */
    boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash);
    }

    @Transactional
    void change(UserIdentity me, String newPassword) {
        users.setOwnPassword(me.userId(), encoder.encode(newPassword));
        audit.record(Action.UPDATE, UserAdmin.TYPE, me.userId(), "own password change");
    }

    @Transactional
    void recordRefused(UserIdentity me) {
        audit.record(Action.UPDATE, UserAdmin.TYPE, me.userId(), AuditLog.Result.FAILURE, "own password change");
    }
}
