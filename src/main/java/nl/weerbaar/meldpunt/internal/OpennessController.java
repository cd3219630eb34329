package nl.weerbaar.meldpunt.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who may report, and where: the coordinator opens the municipality's meldpunt to residents and entrepreneurs
 * ({@code /meldpunt/settings}); the platform operator sets up meldpunten shared by named municipalities
 * ({@code /platform/meldpunt-groups}), whose public entry page {@code /m/samen/<slug>} lets the reporter choose the
 * municipality — each member keeps its own recipients and reports, so a shared meldpunt reveals nothing across them.
 */
@Controller
class OpennessController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Openness openness;
    private final Municipalities municipalities;
    private final String baseUrl;

    OpennessController(
            Openness openness, Municipalities municipalities, @Value("${weerbaar.base-url}") String baseUrl) {
        this.openness = openness;
        this.municipalities = municipalities;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/meldpunt/settings")
    @PreAuthorize("hasRole('COORDINATOR')")
    String settings(@RequestParam(defaultValue = "false") boolean saved, Model model) {
        Municipalities.Municipality m =
                municipalities.byId(TenantContext.require()).orElseThrow();
        model.addAttribute("municipality", m);
        model.addAttribute("publicUrl", baseUrl + "/m/" + m.slug());
        model.addAttribute("openToOutsiders", openness.openToOutsiders());
        model.addAttribute("saved", saved);
        return "meldpunt/settings";
    }

    @PostMapping("/meldpunt/settings")
    @PreAuthorize("hasRole('COORDINATOR')")
    String saveSettings(@RequestParam(defaultValue = "false") boolean openToOutsiders) {
        openness.setOpenToOutsiders(openToOutsiders);
        return "redirect:/meldpunt/settings?saved=true";
    }

    /** The public entry page of a shared meldpunt: no login, no session, nothing from elsewhere. */
    @GetMapping("/m/samen/{slug}")
    String group(@PathVariable String slug, Model model) {
        Openness.Group g = openness.group(slug).orElseThrow(() -> new NotFoundException("meldpunt-group", slug));
        model.addAttribute("group", g);
        model.addAttribute(
                "members",
                g.members().stream()
                        .map(municipalities::byId)
                        .flatMap(java.util.Optional::stream)
                        .sorted(java.util.Comparator.comparing(Municipalities.Municipality::name))
                        .toList());
        return "meldpunt/group";
    }

    @GetMapping("/platform/meldpunt-groups")
    @PreAuthorize("hasRole('OPERATOR')")
    String groups(@RequestParam(defaultValue = "false") boolean saved, Model model) {
        return groupsPage(model, new FieldErrors(), Map.of(), Set.of(), saved);
    }

    @PostMapping("/platform/meldpunt-groups")
    @PreAuthorize("hasRole('OPERATOR')")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String slug,
            @RequestParam(required = false) List<String> members,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        FieldErrors errors = new FieldErrors();
        String cleanName = errors.text("name", name, true, 120);
        if (cleanName != null && cleanName.length() < 2) {
            errors.reject("name", "meldpunt.groups.error.name");
        }
        String cleanSlug = errors.text("slug", slug, true, 60);
        if (cleanSlug != null && !SLUG.matcher(cleanSlug).matches()) {
            errors.reject("slug", "meldpunt.groups.error.slug");
        } else if (cleanSlug != null && openness.slugTaken(cleanSlug)) {
            errors.reject("slug", "meldpunt.groups.error.slugTaken");
        }
        Set<String> chosen = new LinkedHashSet<>(members == null ? List.of() : members);
        List<UUID> ids = new ArrayList<>();
        for (String m : chosen) {
            UUID id = parse(m);
            if (id == null || municipalities.byId(id).isEmpty()) {
                errors.reject("members", "error.choice");
            } else {
                ids.add(id);
            }
        }
        if (!errors.has("members") && ids.size() < 2) {
            errors.reject("members", "meldpunt.groups.error.members");
        }
        if (errors.any()) {
            response.setStatus(422);
            Map<String, String> form = new HashMap<>();
            form.put("name", name);
            form.put("slug", slug);
            return groupsPage(model, errors, form, chosen, false);
        }
        UUID id = UUID.randomUUID();
        openness.createGroup(id, cleanSlug, cleanName, ids);
        return "redirect:/platform/meldpunt-groups?saved=true";
    }

    @PostMapping("/platform/meldpunt-groups/{id}/delete")
    @PreAuthorize("hasRole('OPERATOR')")
    String delete(@PathVariable UUID id) {
        if (!openness.deleteGroup(id)) {
            throw new NotFoundException("meldpunt-group", id.toString());
        }
        return "redirect:/platform/meldpunt-groups?saved=true";
    }

    private String groupsPage(
            Model model, FieldErrors errors, Map<String, String> form, Set<String> chosen, boolean saved) {
        List<Openness.Group> groups = openness.groups();
        Map<UUID, List<String>> names = new HashMap<>();
        for (Openness.Group g : groups) {
            names.put(
                    g.id(),
                    g.members().stream()
                            .map(municipalities::byId)
                            .flatMap(java.util.Optional::stream)
                            .map(Municipalities.Municipality::name)
                            .sorted()
                            .toList());
        }
        model.addAttribute("groups", groups);
        model.addAttribute("names", names);
        model.addAttribute("municipalities", municipalities.all());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        model.addAttribute("saved", saved);
        return "meldpunt/groups";
    }

    private static UUID parse(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem meldpuntGroupsNavigation() {
            return new NavigationItem(
                    "meldpunt.nav.groups",
                    "/platform/meldpunt-groups",
                    NavigationGroup.ADMINISTRATION,
                    Set.of(Role.OPERATOR),
                    925);
        }
    }
}
