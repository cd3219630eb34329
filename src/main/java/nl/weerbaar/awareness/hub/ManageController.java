package nl.weerbaar.awareness.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The coordinator writes, publishes and takes back the hub's items and adds their images. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ManageController {

    private final HubService hub;

    ManageController(HubService hub) {
        this.hub = hub;
    }

    @GetMapping("/awareness/manage")
    String list(Model model) {
        model.addAttribute("items", hub.all(CurrentUser.require()));
        return "awareness/manage";
    }

    @GetMapping("/awareness/manage/new")
    String newItem(Model model) {
        return form(model, null, new HubService.Draft("NEWS", "", "", false), new FieldErrors());
    }

    @PostMapping("/awareness/manage")
    String create(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "false") boolean publicItem,
            Model model) {
        HubService.Draft draft = new HubService.Draft(kind, title, body, publicItem);
        try {
            UUID id = hub.create(draft, CurrentUser.require());
            return "redirect:/awareness/manage/" + id + "?saved";
        } catch (InvalidInputException e) {
            return form(model, null, draft, e.errors());
        }
    }

    @GetMapping("/awareness/manage/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Item item = hub.forEdit(id, CurrentUser.require());
        return form(
                model,
                item,
                new HubService.Draft(item.kind(), item.title(), item.body(), item.publicItem()),
                new FieldErrors());
    }

    @PostMapping("/awareness/manage/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "false") boolean publicItem,
            Model model) {
        HubService.Draft draft = new HubService.Draft(kind, title, body, publicItem);
        try {
            hub.update(id, draft, CurrentUser.require());
            return "redirect:/awareness/manage/" + id + "?saved";
        } catch (InvalidInputException e) {
            return form(model, hub.forEdit(id, CurrentUser.require()), draft, e.errors());
        }
    }

    @PostMapping("/awareness/manage/{id}/{change:publish|withdraw}")
    String publish(@PathVariable UUID id, @PathVariable String change) {
        hub.publish(id, change.equals("publish"), CurrentUser.require());
        return "redirect:/awareness/manage/" + id + "?" + change;
    }

    @PostMapping("/awareness/manage/{id}/images")
    String addImage(@PathVariable UUID id, @RequestParam(required = false) MultipartFile image, Model model) {
        Item item = hub.forEdit(id, CurrentUser.require());
        try {
            byte[] bytes = image == null ? null : image.getBytes();
            UUID imageId = hub.addImage(id, bytes, CurrentUser.require());
            return "redirect:/awareness/manage/" + id + "?image=" + imageId;
        } catch (InvalidInputException e) {
            return form(
                    model,
                    item,
                    new HubService.Draft(item.kind(), item.title(), item.body(), item.publicItem()),
                    e.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String form(Model model, Item item, HubService.Draft draft, FieldErrors errors) {
        model.addAttribute("item", item);
        model.addAttribute("draft", draft);
        model.addAttribute("kinds", Item.KINDS);
        model.addAttribute("errors", errors);
        model.addAttribute("maxImageMb", HubService.MAX_IMAGE_BYTES / (1024 * 1024));
        if (item != null) {
            model.addAttribute("preview", ItemView.of(item, Markdown.IMAGE_PATH));
            model.addAttribute("images", hub.imagesOf(item.id(), CurrentUser.require()));
        }
        return "awareness/form";
    }
}
