package nl.weerbaar.registries.bag;

import nl.weerbaar.registries.AddressChoices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The address suggestions of the forms of logged-in people, as an htmx fragment. Posted, so that the address stays
 * out of URLs and access logs. The public meldpunt form has its own route (no account, no session).
 */
@Controller
class AddressChoicesController {

    private final AddressChoices choices;

    AddressChoicesController(AddressChoices choices) {
        this.choices = choices;
    }

    @PostMapping("/registries/address-choices")
    @PreAuthorize("isAuthenticated()")
    String choices(
            @RequestParam(name = AddressChoices.POSTCODE, required = false) String postcode,
            @RequestParam(name = AddressChoices.NUMBER, required = false) String number,
            @RequestParam(name = AddressChoices.LETTER, required = false) String letter,
            @RequestParam(name = AddressChoices.ID, required = false) String chosen,
            Model model) {
        model.addAttribute("addressPicker", choices.picker(postcode, number, letter, chosen, true));
        return "registries/address :: choices";
    }
}
