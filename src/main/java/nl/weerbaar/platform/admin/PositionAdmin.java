package nl.weerbaar.platform.admin;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates, changes and deletes positions of the current municipality; one transaction each, audited. */
@Service
class PositionAdmin {

    static final String TYPE = "position";

    private final Positions positions;
    private final AuditLog audit;

    PositionAdmin(Positions positions, AuditLog audit) {
        this.positions = positions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Positions.Row> all() {
        return positions.all();
    }

    @Transactional(readOnly = true)
    Positions.Row get(UUID id) {
        return positions.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** The new id, or null when {@code errors} got entries. */
    @Transactional
    UUID create(PositionForm form, Errors errors) {
        validate(form, null, errors);
        if (errors.hasErrors()) {
            return null;
        }
        UUID id = positions.create(form);
        audit.record(Action.CREATE, TYPE, id, DepartmentAdmin.PURPOSE);
        return id;
    }

    @Transactional
    boolean update(UUID id, PositionForm form, Errors errors) {
        get(id);
        validate(form, id, errors);
        if (errors.hasErrors()) {
            return false;
        }
        positions.update(id, form);
        audit.record(Action.UPDATE, TYPE, id, DepartmentAdmin.PURPOSE);
        return true;
    }

    /** Deletes a position nobody holds; {@link InUseException} otherwise. */
    @Transactional
    void delete(UUID id) {
        Positions.Row row = get(id);
        if (row.users() > 0) {
            throw new InUseException("admin.position.in-use", row.users());
        }
        try {
            positions.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new InUseException("admin.position.in-use-elsewhere", 0);
        }
        audit.record(Action.DELETE, TYPE, id, DepartmentAdmin.PURPOSE);
    }

    private void validate(PositionForm form, UUID self, Errors errors) {
        form.setName(Text.clean(form.getName()));
        if (form.getName() == null) {
            errors.rejectValue("name", "admin.position.name.required");
        } else if (Text.length(form.getName()) < 2 || Text.length(form.getName()) > 120) {
            errors.rejectValue("name", "admin.position.name.length");
        } else if (positions.nameTaken(form.getName(), self)) {
            errors.rejectValue("name", "admin.position.name.taken");
        }
        if (!errors.hasFieldErrors("salaryScale")
                && form.getSalaryScale() != null
                && (form.getSalaryScale() < 1 || form.getSalaryScale() > 18)) {
            errors.rejectValue("salaryScale", "admin.position.scale.range");
        }
    }
}
