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

/**
 * Creates, changes and deletes departments of the current municipality, each in one transaction and in the
 * audit log. Invalid input is reported in {@code errors} (message keys per field) and changes nothing.
 */
@Service
class DepartmentAdmin {

    static final String TYPE = "department";
    static final String PURPOSE = "administration";

    private final Departments departments;
    private final AuditLog audit;

    DepartmentAdmin(Departments departments, AuditLog audit) {
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Departments.Row> all() {
        return departments.all();
    }

    /** The department; {@link NotFoundException} for unknown ids and those of other municipalities. */
    @Transactional(readOnly = true)
    Departments.Row get(UUID id) {
        return departments.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** The new id, or null when {@code errors} got entries. */
    @Transactional
    UUID create(DepartmentForm form, Errors errors) {
        validate(form.normalised(), null, errors);
        if (errors.hasErrors()) {
            return null;
        }
        UUID id = departments.create(form.getCode(), form.getName());
        audit.record(Action.CREATE, TYPE, id, PURPOSE);
        return id;
    }

    /** False when {@code errors} got entries. */
    @Transactional
    boolean update(UUID id, DepartmentForm form, Errors errors) {
        get(id);
        validate(form.normalised(), id, errors);
        if (errors.hasErrors()) {
            return false;
        }
        departments.update(id, form.getCode(), form.getName());
        audit.record(Action.UPDATE, TYPE, id, PURPOSE);
        return true;
    }

    /** Deletes an unused department; {@link InUseException} when users or other records still refer to it. */
    @Transactional
    void delete(UUID id) {
        Departments.Row row = get(id);
        if (row.users() > 0) {
            throw new InUseException("admin.department.in-use", row.users());
        }
        try {
            departments.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new InUseException("admin.department.in-use-elsewhere", 0);
        }
        audit.record(Action.DELETE, TYPE, id, PURPOSE);
    }

    void validate(DepartmentForm form, UUID self, Errors errors) {
        if (form.getCode() == null) {
            errors.rejectValue("code", "admin.department.code.required");
        } else if (!form.getCode().matches("[\\p{L}\\p{N}._-]{1,20}")) {
            errors.rejectValue("code", "admin.department.code.invalid");
        } else if (departments.codeTaken(form.getCode(), self)) {
            errors.rejectValue("code", "admin.department.code.taken");
        }
        if (form.getName() == null) {
            errors.rejectValue("name", "admin.department.name.required");
        } else if (Text.length(form.getName()) < 2 || Text.length(form.getName()) > 120) {
            errors.rejectValue("name", "admin.department.name.length");
        } else if (departments.nameTaken(form.getName(), self)) {
            errors.rejectValue("name", "admin.department.name.taken");
        }
    }
}
