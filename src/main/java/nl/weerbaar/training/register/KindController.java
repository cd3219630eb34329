package nl.weerbaar.training.register;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's page of kinds of training: add one, change one, delete one that no session uses (ADR 0909). */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class KindController {

    private final KindService kinds;

    KindController(KindService kinds) {
        this.kinds = kinds;
    }

    @GetMapping("/opleidingen/soorten")
    String list(Model model) {
        return listPage(Map.of(), new FieldErrors(), model);
    }

    @PostMapping("/opleidingen/soorten")
    String add(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String months,
            @RequestParam(required = false) String deescalation,
            Model model) {
        try {
            kinds.add(CurrentUser.require(), name, nameEn, months, deescalation);
            return "redirect:/opleidingen/soorten?added";
        } catch (InvalidInputException e) {
            return listPage(form(name, nameEn, months, deescalation), e.errors(), model);
        }
    }

    @GetMapping("/opleidingen/soorten/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Register.Kind k = kinds.kind(CurrentUser.require(), id);
        return editPage(
                k,
                form(k.name(), k.nameEn(), String.valueOf(k.validMonths()), k.deescalation() ? "true" : null),
                new FieldErrors(),
                model);
    }

    @PostMapping("/opleidingen/soorten/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String months,
            @RequestParam(required = false) String deescalation,
            Model model) {
        UserIdentity me = CurrentUser.require();
        try {
            kinds.update(me, id, name, nameEn, months, deescalation);
            return "redirect:/opleidingen/soorten?saved";
        } catch (InvalidInputException e) {
            return editPage(kinds.kind(me, id), form(name, nameEn, months, deescalation), e.errors(), model);
        }
    }

    @PostMapping("/opleidingen/soorten/{id}/verwijderen")
    String delete(@PathVariable UUID id, Model model) {
        UserIdentity me = CurrentUser.require();
        try {
            kinds.delete(me, id);
            return "redirect:/opleidingen/soorten?deleted";
        } catch (InvalidInputException e) {
            Register.Kind k = kinds.kind(me, id);
            model.addAttribute("deleteErrors", e.errors());
            return editPage(
                    k,
                    form(k.name(), k.nameEn(), String.valueOf(k.validMonths()), k.deescalation() ? "true" : null),
                    new FieldErrors(),
                    model);
        }
    }

    private static Map<String, String> form(String name, String nameEn, String months, String deescalation) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("nameEn", nameEn);
        form.put("months", months);
        form.put("deescalation", deescalation);
        return form;
    }

    private String listPage(Map<String, String> form, FieldErrors errors, Model model) {
        model.addAttribute("kinds", kinds.kinds(CurrentUser.require()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "training/register/kinds";
    }

    private String editPage(Register.Kind kind, Map<String, String> form, FieldErrors errors, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("deleteErrors")) {
            model.addAttribute("deleteErrors", new FieldErrors());
        }
        return "training/register/kind";
    }
}
