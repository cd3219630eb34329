package nl.weerbaar.platform.web;

import java.util.Comparator;
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

    private final List<NavigationItem> items;
    private final Municipalities municipalities;
    private final boolean demo;

    LayoutModel(
            List<NavigationItem> items,
            Municipalities municipalities,
            @Value("${weerbaar.demo.enabled}") boolean demo) {
        this.items = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
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
     * Worked out only when a page renders the menu: some entries ask the database whether there is work waiting,
     * which API calls (also handled by controllers) and fragments without the layout never need.
     */
    @ModelAttribute("navigation")
    LazyContextVariable<List<NavigationItem>> navigation() {
        Optional<UserIdentity> user = CurrentUser.get();
        return new LazyContextVariable<>() {
            @Override
            protected List<NavigationItem> loadValue() {
                return user.map(u -> items.stream().filter(i -> i.isShownTo(u)).toList())
                        .orElse(List.of());
            }
        };
    }
}
