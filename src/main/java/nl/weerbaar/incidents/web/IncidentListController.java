package nl.weerbaar.incidents.web;

import nl.weerbaar.incidents.core.Codes;
import nl.weerbaar.incidents.core.IncidentSearch;
import nl.weerbaar.incidents.core.Viewer;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.Organisation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The incident list: a search box, filters (the dashboards link here with department, kind and period), an order
 * and pages. A plain GET form, so it works without JavaScript and every search can be bookmarked; a value that
 * cannot be read is named above the form and left out of the search.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'COORDINATOR', 'CONFIDANT', 'SECRETARY', 'LEGAL')")
class IncidentListController {

    private final IncidentSearch search;
    private final Organisation organisation;

    IncidentListController(IncidentSearch search, Organisation organisation) {
        this.search = search;
        this.organisation = organisation;
    }

    @GetMapping("/incidents")
    String list(@ModelAttribute ListParams params, Model model) {
        FieldErrors errors = new FieldErrors();
        IncidentSearch.Criteria criteria = params.criteria(errors, false);
        IncidentSearch.Page page = search.find(Viewer.of(CurrentUser.require(), organisation), criteria, "list");
        model.addAttribute("params", params);
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", page);
        model.addAttribute("errors", errors);
        model.addAttribute("previousHref", ListParams.href("/incidents", criteria, page.page() - 1));
        model.addAttribute("nextHref", ListParams.href("/incidents", criteria, page.page() + 1));
        model.addAttribute("departments", organisation.departments());
        model.addAttribute("kinds", Codes.KINDS);
        model.addAttribute("sorts", ListParams.SORTS);
        return "incidents/list";
    }
}
