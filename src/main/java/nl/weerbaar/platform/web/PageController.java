package nl.weerbaar.platform.web;

import nl.weerbaar.platform.Approvals;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Login page, start page and the per-municipality theme. */
@Controller
class PageController {

    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final Municipalities municipalities;
    private final Approvals approvals;
    private final StartPage startPage;

    PageController(
            ObjectProvider<ClientRegistrationRepository> oidc,
            Municipalities municipalities,
            Approvals approvals,
            StartPage startPage) {
        this.oidc = oidc;
        this.municipalities = municipalities;
        this.approvals = approvals;
        this.startPage = startPage;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("oidcEnabled", oidc.getIfAvailable() != null);
        return "platform/login";
    }

    /**
     * The start page: what needs the user today (the modules' {@link nl.weerbaar.platform.StartPageItems}), then the
     * areas they use; tells the user of approved changes that concern their role (e.g. a new confidant).
     */
    @GetMapping("/")
    String home(Model model) {
        CurrentUser.get().ifPresent(me -> {
            model.addAttribute("approvalNotices", approvals.recentlyApprovedFor(me));
            model.addAttribute("start", startPage.itemsFor(me));
        });
        return "platform/home";
    }

    /**
     * The design tokens of the logged-in user's municipality as CSS custom properties (NL Design System way);
     * the defaults apply on the login page.
     */
    @GetMapping(value = "/theme.css", produces = "text/css")
    @ResponseBody
    ResponseEntity<String> theme() {
        var municipality = CurrentUser.get().map(UserIdentity::tenantId).flatMap(municipalities::byId);
        String css = municipality
                .map(m -> ":root{--wb-color-primary:" + m.themePrimary() + ";--wb-color-accent:" + m.themeAccent()
                        + ";}\n")
                .orElse("");
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(css);
    }
}
