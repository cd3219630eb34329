package nl.weerbaar.awareness.hub;

import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The hub for every employee: the latest news and stories, where to report, who the confidants are and the norm;
 * an item's own page counts its reads (a number only).
 */
@Controller
@PreAuthorize(HubController.EVERYONE)
class HubController {

    static final String EVERYONE =
            "hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')";

    private final HubService hub;

    HubController(HubService hub) {
        this.hub = hub;
    }

    @GetMapping("/awareness")
    String hub(Model model) {
        model.addAttribute(
                "items",
                hub.latest(HubService.LATEST).stream()
                        .map(i -> ItemView.of(i, Markdown.IMAGE_PATH))
                        .toList());
        model.addAttribute("confidants", hub.confidants());
        return "awareness/hub";
    }

    @GetMapping("/awareness/items/{id}")
    String item(@PathVariable UUID id, Model model) {
        model.addAttribute("item", ItemView.of(hub.read(id, CurrentUser.require()), Markdown.IMAGE_PATH));
        return "awareness/item";
    }

    @GetMapping("/awareness/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable UUID id) {
        HubService.Picture p =
                hub.image(id, CurrentUser.require()).orElseThrow(() -> new NotFoundException("awareness-image", id));
        return picture(p, CacheControl.noCache().cachePrivate());
    }

    /** An image as an image (its type known from its content), never guessed at by the browser. */
    static ResponseEntity<byte[]> picture(HubService.Picture p, CacheControl cache) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(p.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .cacheControl(cache)
                .body(p.bytes());
    }
}
