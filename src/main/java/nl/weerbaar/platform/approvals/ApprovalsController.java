package nl.weerbaar.platform.approvals;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.weerbaar.platform.Approvals.Approval;
import nl.weerbaar.platform.ConflictException;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotAllowedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The requests waiting for the logged-in user's decision, one's own requests, and approving or refusing one. */
@Controller
@RequestMapping("/approvals")
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')")
class ApprovalsController {

    private final ApprovalService approvals;

    ApprovalsController(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("waiting", approvals.waitingForMe());
        model.addAttribute("asked", approvals.askedByMe());
        return "platform/approvals";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(approvals.get(id), new FieldErrors(), null, model);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable UUID id, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            approvals.approve(id);
        } catch (NotAllowedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(approvals.get(id), e.errors(), null, model);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(approvals.get(id), FieldErrors.of(FieldErrors.FORM, e.detailKey()), null, model);
        }
        flash.addFlashAttribute("saved", "approval.approved");
        return "redirect:/approvals";
    }

    @PostMapping("/{id}/refuse")
    String refuse(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            approvals.refuse(id, reason);
        } catch (NotAllowedException e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(approvals.get(id), e.errors(), reason, model);
        } catch (InvalidInputException e) {
            return page(approvals.get(id), e.errors(), reason, model);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(approvals.get(id), FieldErrors.of(FieldErrors.FORM, e.detailKey()), reason, model);
        }
        flash.addFlashAttribute("saved", "approval.refused");
        return "redirect:/approvals";
    }

    private static String page(Approval approval, FieldErrors errors, String reason, Model model) {
        model.addAttribute("approval", approval);
        model.addAttribute(
                "mayDecide", approval.pending() && ApprovalService.mayDecide(CurrentUser.require(), approval));
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        return "platform/approval";
    }
}
