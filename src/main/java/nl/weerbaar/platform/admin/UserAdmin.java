package nl.weerbaar.platform.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.Approvals;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Manages the users of the current municipality: create, change, roles, disable/enable, unlock and password
 * reset. One transaction per call, each change in the audit log (never the password). An administrator
 * cannot disable themselves or take away their own ADMIN role, so a municipality never locks itself out, and gives
 * no role to themselves. Granting CONFIDANT and setting a confidant's password wait for approval
 * ({@link ConfidantApprovals}): until then the user keeps the roles and password they had.
 */
@Service
class UserAdmin {

    static final String TYPE = "user";
    /** The roles an ADMIN may give: every municipality role, never OPERATOR. */
    static final Set<Role> ASSIGNABLE = EnumSet.complementOf(EnumSet.of(Role.OPERATOR));

    static final Set<String> SCOPES = Set.of("CIVIL_SERVANTS", "OFFICE_HOLDERS");

    private final Users users;
    private final Departments departments;
    private final Positions positions;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ConfidantApprovals confidants;

    /** What setting a password did. */
    enum PasswordOutcome {
        REFUSED,
        SET,
        AWAITING_APPROVAL
    }

    UserAdmin(
            Users users,
            Departments departments,
            Positions positions,
            PasswordEncoder encoder,
            AuditLog audit,
            ConfidantApprovals confidants) {
        this.users = users;
        this.departments = departments;
        this.positions = positions;
        this.encoder = encoder;
        this.audit = audit;
        this.confidants = confidants;
    }

    /** Requests waiting for approval about the user {@code id}. */
    @Transactional(readOnly = true)
    List<Approvals.Approval> pendingApprovals(UUID id) {
        return confidants.pendingAbout(id);
    }

    /**
     * Whom the logged-in administrator may name as approver for a change about {@code id} (null: a new user); empty
     * when a secretary approves and nobody needs to be named.
     */
    @Transactional(readOnly = true)
    List<Organisation.Person> approverChoices(UUID id) {
        return confidants.approverChoices(me(), id);
    }

    @Transactional(readOnly = true)
    List<Users.Row> list(Users.Filter filter) {
        return users.list(filter);
    }

    /** The user; {@link NotFoundException} for unknown ids and those of other municipalities. */
    @Transactional(readOnly = true)
    Users.Row get(UUID id) {
        return users.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** The new id, or null when {@code errors} got entries. */
    @Transactional
    UUID create(UserForm form, Errors errors) {
        normalise(form);
        validateUsername(form.getUsername(), errors);
        validateDetails(form, null, errors);
        String password = form.getPassword() == null || form.getPassword().isEmpty() ? null : form.getPassword();
        if (password != null) {
            checkPassword(password, form.getUsername(), "password", errors);
        }
        Approvals.Request confidant = null;
        if (!errors.hasErrors() && roles(form).contains(Role.CONFIDANT)) {
            confidant = confidants.request(
                    ConfidantApprovals.ROLE,
                    null,
                    form.getDisplayName(),
                    form.getConfidantScope(),
                    me(),
                    form.getApproverId(),
                    errors);
        }
        if (errors.hasErrors()) {
            return null;
        }
        Set<Role> roles = roles(form);
        if (confidant != null) {
            roles.remove(Role.CONFIDANT);
            form.setConfidantScope(null);
        }
        UUID id = users.create(form, password == null ? null : encoder.encode(password));
        users.setRoles(id, roles);
        audit.record(Action.CREATE, TYPE, id, DepartmentAdmin.PURPOSE);
        if (confidant != null) {
            confidants.file(confidant, id);
        }
        return id;
    }

    /**
     * Changes details and roles (not the user name); false when {@code errors} got entries; {@link
     * NotAllowedException} for a role one would give oneself (recorded as DENIED).
     */
    @Transactional(noRollbackFor = NotAllowedException.class)
    boolean update(UUID id, UserForm form, Errors errors) {
        Users.Row current = get(id);
        form.setUsername(current.username());
        normalise(form);
        refuseSelfGrant(id, form, current);
        validateDetails(form, id, errors);
        boolean hadConfidant = current.roles().contains(Role.CONFIDANT);
        boolean grant = !errors.hasErrors()
                && roles(form).contains(Role.CONFIDANT)
                && (!hadConfidant || !Objects.equals(form.getConfidantScope(), current.confidantScope()));
        Approvals.Request confidant = null;
        if (grant) {
            confidant = confidants.request(
                    ConfidantApprovals.ROLE,
                    id,
                    form.getDisplayName(),
                    form.getConfidantScope(),
                    me(),
                    form.getApproverId(),
                    errors);
        }
        if (errors.hasErrors()) {
            return false;
        }
        Set<Role> roles = roles(form);
        if (confidant != null) {
            if (!hadConfidant) {
                roles.remove(Role.CONFIDANT);
            }
            form.setConfidantScope(hadConfidant ? current.confidantScope() : null);
        }
        users.update(id, form);
        users.setRoles(id, roles);
        if (confidant != null) {
            confidants.file(confidant, id);
        }
        audit.record(Action.UPDATE, TYPE, id, DepartmentAdmin.PURPOSE);
        if (!roles.equals(current.roles())) {
            audit.record(Action.UPDATE, TYPE + "-roles", id, "administration: roles " + roles);
            users.endSessions(current.username());
        }
        return true;
    }

    /** Disables (ending the user's sessions) or enables; {@link SelfChangeException} for one's own account. */
    @Transactional
    void setEnabled(UUID id, boolean enabled) {
        Users.Row row = get(id);
        if (!enabled && isSelf(id)) {
            throw new SelfChangeException("admin.user.self-disable");
        }
        users.setEnabled(id, enabled);
        if (!enabled) {
            users.endSessions(row.username());
        }
        audit.record(Action.UPDATE, TYPE, id, enabled ? "administration: enabled" : "administration: disabled");
    }

    @Transactional
    void unlock(UUID id) {
        get(id);
        users.unlock(id);
        audit.record(Action.UPDATE, TYPE, id, "administration: unlocked");
    }

    /**
     * Sets a new password checked against the policy, or, for a confidant, asks approval to set it; REFUSED when
     * {@code errors} got entries.
     */
    @Transactional
    PasswordOutcome resetPassword(UUID id, PasswordForm form, Errors errors) {
        Users.Row row = get(id);
        checkPassword(form.getNewPassword(), row.username(), "newPassword", errors);
        if (!errors.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "admin.password.mismatch");
        }
        if (errors.hasErrors()) {
            return PasswordOutcome.REFUSED;
        }
        String hash = encoder.encode(form.getNewPassword());
        if (row.roles().contains(Role.CONFIDANT)) {
            Approvals.Request request = confidants.request(
                    ConfidantApprovals.PASSWORD, id, row.displayName(), hash, me(), form.getApproverId(), errors);
            if (request == null) {
                return PasswordOutcome.REFUSED;
            }
            confidants.file(request, id);
            audit.record(Action.UPDATE, TYPE, id, "administration: password reset waits for approval");
            return PasswordOutcome.AWAITING_APPROVAL;
        }
        users.setPassword(id, hash);
        if (!isSelf(id)) {
            users.endSessions(row.username());
        }
        audit.record(Action.UPDATE, TYPE, id, "administration: password reset");
        return PasswordOutcome.SET;
    }

    static void checkPassword(String password, String username, String field, Errors errors) {
        for (String key : PasswordPolicy.standard().check(password, username)) {
            errors.rejectValue(field, key, new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH}, null);
        }
    }

    /**
     * Nobody grants a role to themselves (nor another target group as confidant): refused outright, before any other
     * check. Taking a role away from oneself is a change like any other.
     */
    private void refuseSelfGrant(UUID id, UserForm form, Users.Row current) {
        if (!isSelf(id)) {
            return;
        }
        boolean adds = form.getRoles().stream()
                .map(UserAdmin::parse)
                .anyMatch(r -> r != null && !current.roles().contains(r));
        boolean otherScope = current.roles().contains(Role.CONFIDANT)
                && form.getConfidantScope() != null
                && !form.getConfidantScope().equals(current.confidantScope());
        if (adds || otherScope) {
            audit.record(Action.UPDATE, TYPE + "-roles", id, AuditLog.Result.DENIED, "administration: own roles");
            throw new NotAllowedException("roles", "admin.user.self-grant");
        }
    }

    private static UUID me() {
        return CurrentUser.require().userId();
    }

    private static boolean isSelf(UUID id) {
        return CurrentUser.get().map(u -> u.userId().equals(id)).orElse(false);
    }

    private static void normalise(UserForm form) {
        form.setUsername(Text.clean(form.getUsername()));
        form.setDisplayName(Text.clean(form.getDisplayName()));
        form.setEmail(Text.clean(form.getEmail()));
        form.setConfidantScope(Text.clean(form.getConfidantScope()));
    }

    private void validateUsername(String username, Errors errors) {
        if (username == null) {
            errors.rejectValue("username", "admin.user.username.required");
        } else if (!username.matches("[A-Za-z0-9._@-]{3,120}")) {
            errors.rejectValue("username", "admin.user.username.invalid");
        } else if (users.usernameTaken(username, null)) {
            errors.rejectValue("username", "admin.user.username.taken");
        }
    }

    private void validateDetails(UserForm form, UUID self, Errors errors) {
        if (form.getDisplayName() != null && form.getDisplayName().indexOf('\u0000') >= 0) {
            errors.rejectValue("displayName", FieldErrors.INVALID_CHARACTERS);
        } else if (form.getDisplayName() == null) {
            errors.rejectValue("displayName", "admin.user.name.required");
        } else if (Text.length(form.getDisplayName()) > 120) {
            errors.rejectValue("displayName", "admin.user.name.length");
        }
        if (form.getEmail() != null
                && (form.getEmail().length() > 254 || !form.getEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.rejectValue("email", "admin.user.email.invalid");
        }
        if (form.getDepartmentId() != null
                && departments.find(form.getDepartmentId()).isEmpty()) {
            errors.rejectValue("departmentId", "admin.user.department.unknown");
        }
        if (form.getPositionId() != null && positions.find(form.getPositionId()).isEmpty()) {
            errors.rejectValue("positionId", "admin.user.position.unknown");
        }
        validateRoles(form, self, errors);
    }

    private static void validateRoles(UserForm form, UUID self, Errors errors) {
        boolean valid = true;
        for (String name : form.getRoles()) {
            Role role = parse(name);
            if (role == null || !ASSIGNABLE.contains(role)) {
                errors.rejectValue("roles", "admin.user.roles.invalid", new Object[] {name}, null);
                valid = false;
            }
        }
        if (!valid) {
            return;
        }
        Set<Role> roles = roles(form);
        if (roles.isEmpty()) {
            errors.rejectValue("roles", "admin.user.roles.required");
        }
        if (self != null && isSelf(self) && !roles.contains(Role.ADMIN)) {
            errors.rejectValue("roles", "admin.user.self-admin");
        }
        String scope = form.getConfidantScope();
        if (scope != null && !SCOPES.contains(scope)) {
            errors.rejectValue("confidantScope", "admin.user.scope.invalid");
        } else if (roles.contains(Role.CONFIDANT) && scope == null) {
            errors.rejectValue("confidantScope", "admin.user.scope.required");
        } else if (!roles.contains(Role.CONFIDANT) && scope != null) {
            errors.rejectValue("confidantScope", "admin.user.scope.only-confidant");
        }
    }

    static Role parse(String name) {
        try {
            return name == null ? null : Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<Role> roles(UserForm form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        form.getRoles().stream().map(UserAdmin::parse).forEach(roles::add);
        return roles;
    }
}
