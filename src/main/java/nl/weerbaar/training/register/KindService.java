package nl.weerbaar.training.register;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding, changing and deleting kinds of training (coordinator, ADR 0909): a Dutch and an English name, the months a
 * training stays valid and whether the kind counts as de-escalation. A kind with sessions cannot be deleted.
 */
@Service
class KindService {

    static final int MAX_NAME = 80;

    private final Register register;
    private final AuditLog audit;

    KindService(Register register, AuditLog audit) {
        this.register = register;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Register.Kind> kinds(UserIdentity me) {
        requireCoordinator(me);
        return register.kinds();
    }

    @Transactional(readOnly = true)
    Register.Kind kind(UserIdentity me, UUID id) {
        requireCoordinator(me);
        return register.kind(id).orElseThrow(() -> new NotFoundException("training-kind", id));
    }

    @Transactional
    UUID add(UserIdentity me, String name, String nameEn, String months, String deescalation) {
        requireCoordinator(me);
        Checked c = check(null, name, nameEn, months);
        String base = code(c.name());
        String code = base;
        for (int i = 2; !register.addKind(code, c.name(), c.nameEn(), c.months(), "true".equals(deescalation)); i++) {
            code = base + "-" + i;
        }
        String added = code;
        UUID id = register.kinds().stream()
                .filter(k -> k.code().equals(added))
                .findFirst()
                .orElseThrow()
                .id();
        audit.record(AuditLog.Action.CREATE, "training-kind", id, "kind of training added");
        return id;
    }

    @Transactional
    void update(UserIdentity me, UUID id, String name, String nameEn, String months, String deescalation) {
        kind(me, id);
        Checked c = check(id, name, nameEn, months);
        register.updateKind(id, c.name(), c.nameEn(), c.months(), "true".equals(deescalation));
        audit.record(AuditLog.Action.UPDATE, "training-kind", id, "kind of training changed");
    }

    /** Deletes a kind that no session uses; otherwise refused with how many sessions use it. */
    @Transactional
    void delete(UserIdentity me, UUID id) {
        kind(me, id);
        long used = register.sessionsOfKind(id);
        if (used > 0) {
            new FieldErrors().rejectForm("register.error.kindInUse", used).throwIfAny();
        }
        register.deleteKind(id);
        audit.record(AuditLog.Action.DELETE, "training-kind", id, "kind of training deleted");
    }

    private record Checked(String name, String nameEn, int months) {}

    private Checked check(UUID self, String name, String nameEn, String months) {
        FieldErrors errors = new FieldErrors();
        String nl = errors.text("name", name, true, MAX_NAME);
        String en = errors.text("nameEn", nameEn, true, MAX_NAME);
        int m = errors.number("months", months, 1, 120);
        if (nl != null && !errors.has("name") && register.kindNameTaken(nl, self)) {
            errors.reject("name", "register.error.kindTaken");
        }
        errors.throwIfAny();
        return new Checked(nl, en, m);
    }

    /** A code from the Dutch name: lower case letters and digits joined by hyphens, at most 40 characters. */
    static String code(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("-$", "");
        }
        return plain.isEmpty() ? "soort" : plain;
    }

    private static void requireCoordinator(UserIdentity me) {
        if (!me.has(Role.COORDINATOR)) {
            throw new NotAllowedException(FieldErrors.FORM, "register.error.notAllowed");
        }
    }
}
