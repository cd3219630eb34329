package nl.weerbaar.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The task a {@link NavigationItem} belongs to: the main menu shows one disclosure per group, in this order, each
 * with a landing page at {@code /menu/<slug>} that lists the group's entries. The label is the message
 * {@code nav.group.<slug>}, the landing page's introduction {@code nav.group.<slug>.description}.
 */
public enum NavigationGroup {
    /** The start page. */
    START("start"),
    /** Reporting incidents and following them up. */
    REPORTING("melden-en-opvolgen"),
    /** Analyses, surveys and reports: how the municipality is doing. */
    INSIGHT("inzicht"),
    /** Scans, the action plan, vulnerable processes and access reviews. */
    PREVENTION("preventie-en-beleid"),
    /** Organisation, users, approvals, the audit log and the platform. */
    ADMINISTRATION("beheer");

    private final String slug;

    NavigationGroup(String slug) {
        this.slug = slug;
    }

    /** The group's part of the address of its landing page, {@code /menu/<slug>}. */
    public String slug() {
        return slug;
    }

    /** The landing page's address. */
    public String href() {
        return "/menu/" + slug;
    }

    /** The message key of the group's name. */
    public String labelKey() {
        return "nav.group." + slug;
    }

    public static Optional<NavigationGroup> bySlug(String slug) {
        return Arrays.stream(values()).filter(g -> g.slug.equals(slug)).findFirst();
    }
}
