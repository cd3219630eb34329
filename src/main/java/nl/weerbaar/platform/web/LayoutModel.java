package nl.weerbaar.platform.web;

import java.util.List;
import java.util.Optional;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/** What every page's layout needs: the user, their municipality, the navigation for their roles. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final Navigation navigation;
    private final Municipalities municipalities;
    private final boolean demo;

    LayoutModel(Navigation navigation, Municipalities municipalities, @Value("${weerbaar.demo.enabled}") boolean demo) {
        this.navigation = navigation;
        this.municipalities = municipalities;
        this.demo = demo;
    }

    @ModelAttribute("me")
    UserIdentity me() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("municipality")
    Municipalities.Municipality municipality() {
        return CurrentUser.get().flatMap(u -> municipalities.byId(u.tenantId())).orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Where the language switch leads: the page itself when it was asked for (GET), else the page whose form led
     * here (the same site's referrer), else the start page. A page shown after a POST has no address of its own.
     */
    @ModelAttribute("languageLink")
    String languageLink(jakarta.servlet.http.HttpServletRequest request) {
        Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        if ("GET".equals(request.getMethod())) {
            return failed instanceof String path ? path : "";
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                java.net.URI uri = java.net.URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null) {
                    return uri.getRawPath();
                }
            } catch (IllegalArgumentException e) {
                // not an address: fall back to the start page
            }
        }
        return request.getContextPath() + "/";
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }

    /**
     * The menu in groups and the way back up from this page ({@code menu.groups}, {@code menu.trail}); and
     * {@code navigation}, every entry the user sees as one list. Worked out only when a page renders the menu, once
     * per request: some entries ask the database whether there is work waiting, which API calls (also handled by
     * controllers) and fragments without the layout never need.
     */
    @ModelAttribute
    void menu(org.springframework.ui.Model model, jakarta.servlet.http.HttpServletRequest request) {
        Optional<UserIdentity> user = CurrentUser.get();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        LazyContextVariable<Navigation.Menu> menu = new LazyContextVariable<>() {
            @Override
            protected Navigation.Menu loadValue() {
                return user.map(u -> navigation.menuFor(u, path))
                        .orElseGet(() -> new Navigation.Menu(List.of(), List.of(), List.of()));
            }
        };
        model.addAttribute("menu", menu);
        model.addAttribute("navigation", new LazyContextVariable<List<NavigationItem>>() {
            @Override
            protected List<NavigationItem> loadValue() {
                return menu.getValue().items();
            }
        });
    }
}
