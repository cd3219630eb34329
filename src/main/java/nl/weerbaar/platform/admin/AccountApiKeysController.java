package nl.weerbaar.platform.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.platform.security.ApiTokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user of a municipality makes and revokes their own API keys here, for an intranet page, a phone app or
 * another system that reports through the API. A new key is shown once, on the answer to the form (never
 * stored in the session, never cached by the browser).
 */
@Controller
@RequestMapping("/account/api-keys")
class AccountApiKeysController {

    static final int MAX_DAYS = 365;

    private final ApiTokens tokens;
    private final Clock clock;

    AccountApiKeysController(ApiTokens tokens, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new ApiKeyForm());
        return page(model, CurrentUser.require());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ApiKeyForm form, BindingResult errors, Model model, HttpServletResponse response) {
        UserIdentity me = requireMunicipalUser();
        String name = Text.clean(form.getName());
        if (name == null) {
            errors.rejectValue("name", "admin.apikeys.error.name-required");
        } else if (Text.length(name) > 80 || name.chars().anyMatch(Character::isISOControl)) {
            errors.rejectValue("name", "admin.apikeys.error.name-invalid");
        }
        ApiTokens.Scope scope = switch (form.getScope() == null ? "" : form.getScope()) {
            case "REPORT" -> ApiTokens.Scope.REPORT;
            case "API" -> ApiTokens.Scope.API;
            default -> null;
        };
        if (scope == null) {
            errors.rejectValue("scope", "admin.apikeys.error.scope");
        }
        int days = parseDays(form.getDays());
        if (days < 1) {
            errors.rejectValue("days", "admin.apikeys.error.days");
        }
        if (errors.hasErrors()) {
            return page(model, me);
        }
        ApiTokens.Issued issued = tokens.issue(me, name, scope, days);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("form", new ApiKeyForm());
        return page(model, me);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        UserIdentity me = requireMunicipalUser();
        if (!tokens.revoke(id, me.userId(), me.userId())) {
            throw new NotFoundException("api_token", id);
        }
        flash.addFlashAttribute("saved", "admin.apikeys.revoked");
        return "redirect:/account/api-keys";
    }

    private String page(Model model, UserIdentity me) {
        model.addAttribute("municipal", me.tenantId() != null);
        Instant now = clock.instant();
        model.addAttribute(
                "keys",
                me.tenantId() == null
                        ? List.of()
                        : tokens.of(me.userId()).stream()
                                .map(k -> new Row(
                                        k.id(),
                                        k.name(),
                                        k.scope().name(),
                                        "…" + k.hint(),
                                        format(k.createdAt()),
                                        format(k.expiresAt()),
                                        format(k.lastUsedAt()),
                                        k.revokedAt() != null ? "revoked" : k.active(now) ? "active" : "expired"))
                                .toList());
        model.addAttribute("maxDays", MAX_DAYS);
        return "admin/account-api-keys";
    }

    /** A key as the list shows it; {@code status} is active, expired or revoked. */
    record Row(
            UUID id,
            String name,
            String scope,
            String hint,
            String created,
            String expires,
            String lastUsed,
            String status) {}

    private static String format(Instant instant) {
        return DutchTime.dateTime(instant);
    }

    private static UserIdentity requireMunicipalUser() {
        UserIdentity me = CurrentUser.require();
        if (me.tenantId() == null) {
            throw new NotFoundException("municipality", null);
        }
        return me;
    }

    private static int parseDays(String value) {
        if (value == null || !value.strip().matches("\\d{1,3}")) {
            return -1;
        }
        int days = Integer.parseInt(value.strip());
        return days >= 1 && days <= MAX_DAYS ? days : -1;
    }
}
