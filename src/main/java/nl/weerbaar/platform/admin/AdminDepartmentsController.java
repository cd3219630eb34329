package nl.weerbaar.platform.admin;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to list, create, change and delete departments. */
@Controller
@RequestMapping("/admin/departments")
@PreAuthorize("hasRole('ADMIN')")
class AdminDepartmentsController {

    private final DepartmentAdmin admin;

    AdminDepartmentsController(DepartmentAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("departments", admin.all());
        return "admin/departments";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new DepartmentForm());
        return "admin/department-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") DepartmentForm form, BindingResult errors, RedirectAttributes flash) {
        if (admin.create(form, errors) == null) {
            return "admin/department-form";
        }
        flash.addFlashAttribute("saved", "admin.department.created");
        return "redirect:/admin/departments";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Departments.Row row = admin.get(id);
        model.addAttribute("department", row);
        model.addAttribute("form", new DepartmentForm(row.code(), row.name()));
        return "admin/department-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!admin.update(id, form, errors)) {
            model.addAttribute("department", admin.get(id));
            return "admin/department-form";
        }
        flash.addFlashAttribute("saved", "admin.department.updated");
        return "redirect:/admin/departments";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            admin.delete(id);
            flash.addFlashAttribute("saved", "admin.department.deleted");
            return "redirect:/admin/departments";
        } catch (InUseException e) {
            flash.addFlashAttribute("refused", e.messageKey());
            flash.addFlashAttribute("refusedCount", e.count());
            return "redirect:/admin/departments/" + id;
        }
    }
}
