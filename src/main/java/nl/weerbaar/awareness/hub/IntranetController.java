package nl.weerbaar.awareness.hub;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.Framing;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The hub on the intranet, without login: {@code /intranet/<municipality>} lists the public published items, an
 * item's page counts its reads, and the Atom and JSON feeds carry the same items for feed readers that cannot log in.
 * The pages may be framed by the municipality's listed intranet origins only (ADR 0801); nothing else is public.
 */
@Controller
class IntranetController {

    static final String ATOM = "application/atom+xml";
    static final String JSON_FEED = "application/feed+json";

    private final IntranetService intranet;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final String baseUrl;

    IntranetController(
            IntranetService intranet,
            Municipalities municipalities,
            MessageSource messages,
            @Value("${weerbaar.base-url}") String baseUrl) {
        this.intranet = intranet;
        this.municipalities = municipalities;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/intranet/{slug}")
    String page(@PathVariable String slug, HttpServletRequest request, Model model) {
        Municipalities.Municipality m = municipality(slug);
        List<ItemView> items = TenantContext.callAs(m.id(), () -> {
            Framing.allowFrom(request, intranet.origins());
            return intranet.publicItems(HubService.LATEST).stream()
                    .map(i -> ItemView.of(i, imageBase(slug)))
                    .toList();
        });
        model.addAttribute("municipality", m);
        model.addAttribute("items", items);
        return "awareness/embed";
    }

    @GetMapping("/intranet/{slug}/items/{id}")
    String item(@PathVariable String slug, @PathVariable UUID id, HttpServletRequest request, Model model) {
        Municipalities.Municipality m = municipality(slug);
        ItemView item = TenantContext.callAs(m.id(), () -> {
            Framing.allowFrom(request, intranet.origins());
            return ItemView.of(intranet.read(id), imageBase(slug));
        });
        model.addAttribute("municipality", m);
        model.addAttribute("item", item);
        return "awareness/embed-item";
    }

    @GetMapping("/intranet/{slug}/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable String slug, @PathVariable UUID id) {
        Municipalities.Municipality m = municipality(slug);
        HubService.Picture p = TenantContext.callAs(m.id(), () -> intranet.image(id))
                .orElseThrow(() -> new NotFoundException("awareness-image", id));
        return HubController.picture(p, CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    @GetMapping("/intranet/{slug}/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, Locale locale) {
        Feeds.Channel channel = channel(slug, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ATOM + ";charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(Feeds.atom(channel));
    }

    @GetMapping("/intranet/{slug}/feed.json")
    ResponseEntity<String> json(@PathVariable String slug, Locale locale) {
        Feeds.Channel channel = channel(slug, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(JSON_FEED + ";charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(Feeds.json(channel));
    }

    private Feeds.Channel channel(String slug, Locale locale) {
        Municipalities.Municipality m = municipality(slug);
        String page = baseUrl + "/intranet/" + slug;
        List<Feeds.Entry> entries =
                TenantContext.callAs(m.id(), () -> intranet.publicItems(IntranetService.FEED_SIZE)).stream()
                        .map(i -> new Feeds.Entry(
                                i.id(),
                                i.title(),
                                page + "/items/" + i.id(),
                                Markdown.toHtml(i.body(), page + "/images/"),
                                Markdown.summary(i.body(), ItemView.SUMMARY),
                                i.publishedAt(),
                                i.updatedAt()))
                        .toList();
        String title = messages.getMessage("awareness.feed.title", new Object[] {m.name()}, locale);
        return new Feeds.Channel(m.id(), title, m.name(), page, page + "/feed.atom", page + "/feed.json", entries);
    }

    private static String imageBase(String slug) {
        return "/intranet/" + slug + "/images/";
    }

    private Municipalities.Municipality municipality(String slug) {
        return municipalities.all().stream()
                .filter(m -> m.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("municipality", slug));
    }
}
