package nl.weerbaar.platform.admin;

import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.stereotype.Controller;
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

    private final AccountPasswords passwords;

    AccountPasswordController(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("local", passwords.currentHash(CurrentUser.require()) != null);
        return "admin/account-password";
    }

    @PostMapping
    String change(
            @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        UserIdentity me = CurrentUser.require();
        String hash = passwords.currentHash(me);
        model.addAttribute("local", hash != null);
        if (hash == null) {
            return "admin/account-password";
        }
        if (!passwords.matches(form.getCurrentPassword(), hash)) {
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
            passwords.recordRefused(me);
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setConfirmPassword(null);
            return "admin/account-password";
        }
        passwords.change(me, form.getNewPassword());
        flash.addFlashAttribute("saved", "admin.password.changed");
        return "redirect:/account/password";
    }
}
