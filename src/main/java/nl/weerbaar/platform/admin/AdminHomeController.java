package nl.weerbaar.platform.admin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The start page of administration: what there is to manage, with counts. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminHomeController {

    private final DepartmentAdmin departments;
    private final PositionAdmin positions;
    private final Users users;

    AdminHomeController(DepartmentAdmin departments, PositionAdmin positions, Users users) {
        this.departments = departments;
        this.positions = positions;
        this.users = users;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("departmentCount", departments.all().size());
        model.addAttribute("positionCount", positions.all().size());
        model.addAttribute("userCount", users.count());
        return "admin/home";
    }
}
