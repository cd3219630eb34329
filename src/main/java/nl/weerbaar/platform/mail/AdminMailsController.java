package nl.weerbaar.platform.mail;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The application administrator's page of mails that could not be sent, with a button to send them again. */
@Controller
@RequestMapping("/admin/mails")
@PreAuthorize("hasRole('ADMIN')")
class AdminMailsController {

    private final MailProblems problems;

    AdminMailsController(MailProblems problems) {
        this.problems = problems;
    }

    @GetMapping
    String list(Model model) {
        var mails = problems.list();
        model.addAttribute("mails", mails);
        model.addAttribute(
                "failedCount", mails.stream().filter(Outbox.Problem::failed).count());
        model.addAttribute("shown", MailProblems.SHOWN);
        return "admin/mails";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes flash) {
        flash.addFlashAttribute("saved", problems.retry(id) ? "admin.mails.retried" : "admin.mails.not-failed");
        return "redirect:/admin/mails";
    }

    @PostMapping("/retry")
    String retryAll(RedirectAttributes flash) {
        flash.addFlashAttribute("saved", "admin.mails.retried-all");
        flash.addFlashAttribute("savedCount", problems.retryAll());
        return "redirect:/admin/mails";
    }
}
