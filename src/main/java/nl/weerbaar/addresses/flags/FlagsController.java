package nl.weerbaar.addresses.flags;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.ConflictException;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's pages of the verwijsindex: the flags (active, waiting for approval, ended), a new flag, renewing
 * and ending early, each with its reason. A secretary or legal adviser named to decide sees that flag only, while it
 * waits for them; everyone else gets 403, another flag 404.
 */
@Controller
@RequestMapping("/addresses/flags")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY', 'LEGAL')")
class FlagsController {

    private final Flags flags;
    private final AddressFinder finder;

    FlagsController(Flags flags, AddressFinder finder) {
        this.flags = flags;
        this.finder = finder;
    }

    @GetMapping
    String list(Model model) {
        UserIdentity me = CurrentUser.require();
        boolean coordinator = me.has(Role.COORDINATOR);
        Flags.Overview overview = coordinator ? flags.overview() : flags.awaitingOverview(me.userId());
        List<Flags.Flag> all = new java.util.ArrayList<>(overview.active());
        all.addAll(overview.pending());
        all.addAll(overview.ended());
        model.addAttribute("overview", overview)
                .addAttribute(
                        "names",
                        flags.names(all, List.copyOf(overview.renewing().values())))
                .addAttribute("today", flags.today())
                .addAttribute("coordinator", coordinator);
        return "addresses/flags/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newFlag(Model model) {
        return form(model, Flags.FlagForm.empty(flags.today()), new FieldErrors(), List.of());
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(Flags.FlagForm form, Model model, RedirectAttributes flash) {
        FieldErrors errors = new FieldErrors();
        AddressFinder.Resolved found = finder.resolve(
                errors, form.postcode(), form.houseNumber(), form.letter(), form.addition(), form.bagId());
        if (!errors.any() && !found.found()) {
            errors.reject("bagId", "flags.error.choose-address");
        }
        try {
            UUID id = flags.ask(errors, found.chosen(), form, CurrentUser.require());
            flash.addFlashAttribute("saved", "flags.saved.asked");
            return "redirect:/addresses/flags/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, e.errors(), found.choices());
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return detail(id, model, new FieldErrors(), new Flags.RenewForm(null, null, null), null);
    }

    @PostMapping("/{id}/renew")
    @PreAuthorize("hasRole('COORDINATOR')")
    String renew(
            @PathVariable UUID id,
            Flags.RenewForm form,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            flags.askRenewal(id, form, CurrentUser.require());
        } catch (InvalidInputException e) {
            return detail(id, model, e.errors(), form, null);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return detail(id, model, FieldErrors.of(FieldErrors.FORM, e.detailKey()), form, null);
        }
        flash.addFlashAttribute("saved", "flags.saved.renewal-asked");
        return "redirect:/addresses/flags/" + id;
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasRole('COORDINATOR')")
    String end(
            @PathVariable UUID id,
            @RequestParam(required = false) String endNote,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            flags.endEarly(id, endNote, CurrentUser.require());
        } catch (InvalidInputException e) {
            return detail(id, model, e.errors(), new Flags.RenewForm(null, null, null), endNote);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return detail(
                    id,
                    model,
                    FieldErrors.of(FieldErrors.FORM, e.detailKey()),
                    new Flags.RenewForm(null, null, null),
                    endNote);
        }
        flash.addFlashAttribute("saved", "flags.saved.ended");
        return "redirect:/addresses/flags/" + id;
    }

    private String detail(UUID id, Model model, FieldErrors errors, Flags.RenewForm renew, String endNote) {
        UserIdentity me = CurrentUser.require();
        Flags.Flag flag = flags.get(id, me);
        List<Flags.Renewal> renewals = flags.renewals(id);
        String state = flag.state(flags.today());
        boolean coordinator = me.has(Role.COORDINATOR);
        boolean running = state.equals("ACTIVE") || state.equals("SCHEDULED");
        model.addAttribute("flag", flag)
                .addAttribute("state", state)
                .addAttribute("renewals", renewals)
                .addAttribute("names", flags.names(List.of(flag), renewals))
                .addAttribute("pendingRenewal", flags.pendingRenewal(id).orElse(null))
                .addAttribute(
                        "mayRenew",
                        coordinator && running && flags.pendingRenewal(id).isEmpty())
                .addAttribute("mayEnd", coordinator && running)
                .addAttribute("approvers", coordinator ? flags.approverChoices(me.userId()) : List.of())
                .addAttribute("latestRenewal", FlagDates.latestEnd(flags.today()))
                .addAttribute("renew", renew)
                .addAttribute("endNote", endNote)
                .addAttribute("errors", errors);
        return "addresses/flags/detail";
    }

    private String form(Model model, Flags.FlagForm form, FieldErrors errors, List<AddressFinder.Option> choices) {
        model.addAttribute("form", form)
                .addAttribute("errors", errors)
                .addAttribute("choices", choices)
                .addAttribute("categories", FlagCategory.values())
                .addAttribute(
                        "approvers", flags.approverChoices(CurrentUser.require().userId()))
                .addAttribute("bagLoaded", finder.loaded())
                .addAttribute("maxMonths", FlagDates.MAX_MONTHS);
        return "addresses/flags/new";
    }
}
