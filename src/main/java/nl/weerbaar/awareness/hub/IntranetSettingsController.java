package nl.weerbaar.awareness.hub;

import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator or application administrator keeps the intranet sites that may frame the hub's public page. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class IntranetSettingsController {

    private final IntranetService intranet;
    private final Municipalities municipalities;
    private final String baseUrl;

    IntranetSettingsController(
            IntranetService intranet, Municipalities municipalities, @Value("${weerbaar.base-url}") String baseUrl) {
        this.intranet = intranet;
        this.municipalities = municipalities;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/awareness/intranet")
    String page(Model model) {
        return page(model, new FieldErrors(), null);
    }

    @PostMapping("/awareness/intranet/origins")
    String add(@RequestParam(required = false) String origin, Model model) {
        try {
            intranet.addOrigin(origin, CurrentUser.require());
        } catch (InvalidInputException e) {
            return page(model, e.errors(), origin);
        }
        return "redirect:/awareness/intranet?saved";
    }

    @PostMapping("/awareness/intranet/origins/remove")
    String remove(@RequestParam(required = false) String origin) {
        if (origin != null) {
            intranet.removeOrigin(origin, CurrentUser.require());
        }
        return "redirect:/awareness/intranet?saved";
    }

    private String page(Model model, FieldErrors errors, String newOrigin) {
        String slug = municipalities.byId(TenantContext.require()).orElseThrow().slug();
        model.addAttribute("pageUrl", baseUrl + "/intranet/" + slug);
        model.addAttribute("origins", intranet.origins());
        model.addAttribute("errors", errors);
        model.addAttribute("newOrigin", newOrigin);
        return "awareness/intranet";
    }
}
