package nl.weerbaar.platform.admin;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to find, create and change users, their roles, status and password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersController {

    private final UserAdmin admin;
    private final DepartmentAdmin departments;
    private final PositionAdmin positions;

    AdminUsersController(UserAdmin admin, DepartmentAdmin departments, PositionAdmin positions) {
        this.admin = admin;
        this.departments = departments;
        this.positions = positions;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            Model model) {
        UUID dept = uuidOrNull(department);
        Role r = UserAdmin.parse(role);
        String s = Users.status(status);
        List<Users.Row> rows = admin.list(new Users.Filter(Text.clean(q), dept, r, s));
        model.addAttribute("more", rows.size() > Users.LIST_LIMIT);
        model.addAttribute("users", rows.size() > Users.LIST_LIMIT ? rows.subList(0, Users.LIST_LIMIT) : rows);
        model.addAttribute("q", Text.clean(q));
        model.addAttribute("department", dept);
        model.addAttribute("role", r == null ? null : r.name());
        model.addAttribute("status", s);
        model.addAttribute("departments", departments.all());
        model.addAttribute("assignableRoles", UserAdmin.ASSIGNABLE);
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UserForm form = new UserForm();
        form.getRoles().add(Role.EMPLOYEE.name());
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        UUID id = admin.create(form, errors);
        if (id == null) {
            form.setPassword(null);
            return form(model, null);
        }
        flash.addFlashAttribute("saved", "admin.user.created");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Users.Row row = admin.get(id);
        model.addAttribute("form", new UserForm(row));
        return form(model, row);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") UserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        try {
            if (!admin.update(id, form, errors)) {
                return form(model, admin.get(id));
            }
        } catch (NotAllowedException e) {
            for (FieldErrors.FieldError error : e.errors()) {
                errors.rejectValue(error.field(), error.key(), error.arguments(), null);
            }
            return form(model, admin.get(id));
        }
        flash.addFlashAttribute("saved", "admin.user.updated");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            admin.setEnabled(id, false);
            flash.addFlashAttribute("saved", "admin.user.disabled");
        } catch (SelfChangeException e) {
            flash.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes flash) {
        admin.setEnabled(id, true);
        flash.addFlashAttribute("saved", "admin.user.enabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes flash) {
        admin.unlock(id);
        flash.addFlashAttribute("saved", "admin.user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable UUID id, Model model) {
        model.addAttribute("form", new PasswordForm());
        return passwordPage(model, admin.get(id));
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable UUID id,
            @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        UserAdmin.PasswordOutcome outcome = admin.resetPassword(id, form, errors);
        if (outcome == UserAdmin.PasswordOutcome.REFUSED) {
            form.setNewPassword(null);
            form.setConfirmPassword(null);
            return passwordPage(model, admin.get(id));
        }
        flash.addFlashAttribute(
                "saved",
                outcome == UserAdmin.PasswordOutcome.SET ? "admin.user.password-set" : "admin.user.password-requested");
        return "redirect:/admin/users/" + id;
    }

    private String passwordPage(Model model, Users.Row user) {
        model.addAttribute("user", user);
        boolean confidant = user.roles().contains(Role.CONFIDANT);
        model.addAttribute("confidant", confidant);
        model.addAttribute("approvers", confidant ? admin.approverChoices(user.id()) : List.of());
        return "admin/user-password";
    }

    private String form(Model model, Users.Row user) {
        model.addAttribute("user", user);
        model.addAttribute("pending", user == null ? List.of() : admin.pendingApprovals(user.id()));
        model.addAttribute("approvers", admin.approverChoices(user == null ? null : user.id()));
        model.addAttribute("departments", departments.all());
        model.addAttribute("positions", positions.all());
        model.addAttribute("assignableRoles", UserAdmin.ASSIGNABLE);
        model.addAttribute("scopes", List.of("CIVIL_SERVANTS", "OFFICE_HOLDERS"));
        return "admin/user-form";
    }

    static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
