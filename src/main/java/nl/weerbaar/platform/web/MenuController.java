package nl.weerbaar.platform.web;

import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The landing page of a group of the main menu: its entries for this user, each with what it is for. */
@Controller
class MenuController {

    private final Navigation navigation;

    MenuController(Navigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/menu/{slug}")
    String group(@PathVariable String slug, Model model) {
        var me = CurrentUser.get().orElseThrow(() -> new NotFoundException("menu", slug));
        NavigationGroup group = NavigationGroup.bySlug(slug).orElseThrow(() -> new NotFoundException("menu", slug));
        Navigation.Menu.Group entries = navigation.menuFor(me, group.href()).group(group);
        if (entries == null) {
            throw new NotFoundException("menu", slug);
        }
        model.addAttribute("group", entries);
        return "platform/menu";
    }
}
