package nl.weerbaar.platform.admin;

import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every logged-in user with a local password changes it here: the current password, then a new one that meets
 * the {@link PasswordPolicy}, typed twice. Users who log in through their organisation (no local password) are
 * told so.
 */
@Controller
@RequestMapping("/account/password")
class AccountPasswordController {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountPasswordController(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("local", currentHash(CurrentUser.require()) != null);
        return "admin/account-password";
    }

    @PostMapping
    @Transactional
    String change(
            @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        UserIdentity me = CurrentUser.require();
        String hash = currentHash(me);
        model.addAttribute("local", hash != null);
        if (hash == null) {
            return "admin/account-password";
        }
        if (form.getCurrentPassword() == null || !encoder.matches(form.getCurrentPassword(), hash)) {
            errors.rejectValue("currentPassword", "admin.password.current-wrong");
        }
        UserAdmin.checkPassword(form.getNewPassword(), me.username(), "newPassword", errors);
        if (!errors.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "admin.password.mismatch");
        }
        if (!errors.hasFieldErrors("newPassword")
                && !errors.hasFieldErrors("currentPassword")
                && form.getNewPassword().equals(form.getCurrentPassword())) {
            errors.rejectValue("newPassword", "admin.password.same");
        }
        if (errors.hasErrors()) {
            audit.record(Action.UPDATE, UserAdmin.TYPE, me.userId(), AuditLog.Result.FAILURE, "own password change");
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setConfirmPassword(null);
            return "admin/account-password";
        }
        jdbc.sql("SELECT account_set_password(?, ?)")
                .params(me.userId(), encoder.encode(form.getNewPassword()))
                .query()
                .singleRow();
        audit.record(Action.UPDATE, UserAdmin.TYPE, me.userId(), "own password change");
        flash.addFlashAttribute("saved", "admin.password.changed");
        return "redirect:/account/password";
    }

    private String currentHash(UserIdentity me) {
        return jdbc.sql("SELECT password_hash FROM auth_find_account(?) WHERE id = ?")
                .params(me.username(), me.userId())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
