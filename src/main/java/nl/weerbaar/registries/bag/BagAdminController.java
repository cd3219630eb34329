package nl.weerbaar.registries.bag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import nl.weerbaar.registries.BagAddresses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform operator's page for the BAG (ADR 0703): the stand in the registry, a running load's progress
 * (objects per second, time left), and the extracts in the import folder to load or apply.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class BagAdminController {

    /** Progress of a running load as the page shows it; {@code secondsLeft} is -1 when not yet known. */
    record Progress(int percent, long objectsPerSecond, long secondsLeft) {}

    private final BagLoadService loads;
    private final Clock clock;

    BagAdminController(BagLoadService loads, Clock clock) {
        this.loads = loads;
        this.clock = clock;
    }

    @GetMapping("/platform/registries/bag")
    String page(Model model) {
        BagAddresses.Stand stand = loads.stand();
        model.addAttribute("stand", stand);
        model.addAttribute("municipality", loads.matchedMunicipality(stand).orElse(null));
        model.addAttribute("progress", "LOADING".equals(stand.status()) ? progress(stand, clock.instant()) : null);
        model.addAttribute("files", loads.files());
        model.addAttribute("configured", loads.importDirConfigured());
        model.addAttribute("last", loads.last());
        return "registries/bag";
    }

    @PostMapping("/platform/registries/bag/load")
    String load(@RequestParam("file") String file, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute(
                    "notice", loads.start(file) ? "registries.bag.started" : "registries.bag.error.busy");
        } catch (BagRefusedException e) {
            redirect.addFlashAttribute("error", e.key());
            redirect.addFlashAttribute("errorArguments", e.arguments());
        }
        return "redirect:/platform/registries/bag";
    }

    @PostMapping("/platform/registries/bag/mutations")
    String mutations(@RequestParam("file") String file, RedirectAttributes redirect) {
        try {
            MutationLoader.Applied applied = loads.applyMutations(file);
            redirect.addFlashAttribute("notice", "registries.bag.applied");
            redirect.addFlashAttribute("noticeArguments", new Object[] {file, applied.changes()});
        } catch (BagRefusedException e) {
            redirect.addFlashAttribute("error", e.key());
            redirect.addFlashAttribute("errorArguments", e.arguments());
        }
        return "redirect:/platform/registries/bag";
    }

    static Progress progress(BagAddresses.Stand stand, Instant now) {
        double seconds = stand.startedAt() == null
                ? 0
                : Duration.between(stand.startedAt(), now).toMillis() / 1000.0;
        double fraction = stand.bytesTotal() == 0 ? 0 : Math.min(1.0, (double) stand.bytesDone() / stand.bytesTotal());
        long rate = seconds <= 0 ? 0 : Math.round(stand.objects() / seconds);
        long left = fraction <= 0 ? -1 : Math.round(seconds / fraction - seconds);
        return new Progress((int) Math.floor(fraction * 100), rate, left);
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem bagNavigation() {
            return new NavigationItem(
                    "nav.registries.bag",
                    "/platform/registries/bag",
                    NavigationGroup.ADMINISTRATION,
                    java.util.Set.of(Role.OPERATOR),
                    920);
        }
    }
}
