package nl.weerbaar.addresses.signals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.addresses.AddressFlags;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.AddressMentions;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.registries.Establishment;
import nl.weerbaar.registries.TradeRegisterFacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The address page and its signals (ADR 1000–1003): who may see them, the purpose every lookup and every signal view
 * is recorded with, the municipality's settings and exception list, and a signal turned into an action or a note
 * for a Bibob request.
 */
@Service
public class SignalService {

    static final String AUDIT_LOOKUP = "address-lookup";
    static final String AUDIT_SIGNALS = "address-signals";
    static final String AUDIT_SETTINGS = "address-signal-settings";
    static final String AUDIT_EXCEPTION = "address-signal-exception";
    static final String AUDIT_NOTE = "address-bibob-note";

    private static final Pattern BAG_ID = Pattern.compile("[0-9]{16}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");

    private final BagAddresses bag;
    private final TradeRegisterFacts trade;
    private final List<AddressMentions> mentions;
    private final ObjectProvider<AddressFlags> flags;
    private final ActionPlans actions;
    private final SignalStore store;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final SignalRules rules = new SignalRules(ExpectedUses.load());

    SignalService(
            BagAddresses bag,
            TradeRegisterFacts trade,
            List<AddressMentions> mentions,
            ObjectProvider<AddressFlags> flags,
            ActionPlans actions,
            SignalStore store,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.bag = bag;
        this.trade = trade;
        this.mentions = List.copyOf(mentions);
        this.flags = flags;
        this.actions = actions;
        this.store = store;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The stated purpose of a lookup: one of {@link Purpose} and a reference (case number or a few words). */
    public record Why(Purpose purpose, String reference) {
        String audited() {
            return "signals for " + purpose.name().toLowerCase(Locale.ROOT) + ": " + reference;
        }
    }

    /** What the address page shows. {@code exception} is the reason the rules are silent here, or null. */
    public record Page(
            Why why,
            BagAddresses.Address address,
            String text,
            List<Establishment> establishments,
            List<Signal> signals,
            String exception,
            AddressFlags.Contact contact) {}

    /** Whether {@code user} may see signals: the coordinator and the roles named in the settings. */
    @Transactional(readOnly = true)
    public boolean maySee(UserIdentity user) {
        if (user == null || user.tenantId() == null) {
            return false;
        }
        if (user.has(Role.COORDINATOR)) {
            return true;
        }
        Set<Role> named = store.settings().viewerRoles();
        return user.roles().stream().anyMatch(named::contains);
    }

    /** Refuses (403) whoever may not see signals. */
    @Transactional(readOnly = true)
    public void mustSee() {
        requireViewer();
    }

    /** Refuses (403) whoever may not see signals, and (404) an id that is no address in the BAG. Reads no data. */
    @Transactional(readOnly = true)
    public void mustSeeAddress(String bagId) {
        requireViewer();
        if (bagId == null || !BAG_ID.matcher(bagId).matches() || bag.byId(bagId).isEmpty()) {
            throw new NotFoundException(AUDIT_LOOKUP, bagId);
        }
    }

    private void requireViewer() {
        if (!maySee(CurrentUser.get().orElse(null))) {
            throw new AccessDeniedException("signals");
        }
    }

    /** Checks purpose and reference into {@code errors}; null when refused. */
    static Why why(String purpose, String reference, FieldErrors errors) {
        if (purpose == null || purpose.isBlank()) {
            errors.reject("purpose", "signals.error.purpose");
        }
        String p = errors.oneOf(
                "purpose",
                purpose,
                Arrays.stream(Purpose.values()).map(Enum::name).toList(),
                true);
        String r = errors.text("reference", reference, true, 200);
        return p == null || r == null ? null : new Why(Purpose.valueOf(p), r);
    }

    /** The lookup form's outcome: the stated purpose and the addresses found (empty: none). */
    public record Found(Why why, AddressKey key, List<BagAddresses.Address> addresses) {

        /** How each address reads, in the order found. */
        public List<String> texts() {
            return addresses.stream().map(SignalService::addressText).toList();
        }
    }

    /** Finds the addresses at a postcode and number, recording the lookup with its purpose. */
    @Transactional
    public Found find(
            String purpose, String reference, String postcode, String number, String letter, String addition) {
        requireViewer();
        FieldErrors errors = new FieldErrors();
        Why why = why(purpose, reference, errors);
        String pc = errors.text("postcode", postcode, true, 10);
        String nr = errors.text("houseNumber", number, true, 10);
        String l = errors.text("letter", letter, false, 1);
        String a = errors.text("addition", addition, false, 4);
        if (pc != null && !AddressKey.validPostcode(pc)) {
            errors.reject("postcode", "signals.error.postcode");
        }
        if (nr != null && (!NUMBER.matcher(nr).matches() || Integer.parseInt(nr) < 1)) {
            errors.reject("houseNumber", "signals.error.house-number");
        }
        if (l != null && !Character.isLetter(l.charAt(0))) {
            errors.reject("letter", "signals.error.letter");
        }
        errors.throwIfAny();
        AddressKey key = new AddressKey(pc, Integer.parseInt(nr), l, a);
        audit.read(AUDIT_LOOKUP, key.text(), why.audited());
        return new Found(why, key, bag.find(key.postcode(), key.houseNumber(), key.letter(), key.addition()));
    }

    /** The address page of a BAG id with its signals; the lookup and the signal view are recorded. */
    @Transactional
    public Page page(String bagId, String purpose, String reference) {
        requireViewer();
        FieldErrors errors = new FieldErrors();
        Why why = why(purpose, reference, errors);
        errors.throwIfAny();
        return page(bagId, why);
    }

    private Page page(String bagId, Why why) {
        if (bagId == null || !BAG_ID.matcher(bagId).matches()) {
            throw new NotFoundException(AUDIT_LOOKUP, bagId);
        }
        BagAddresses.Address address = bag.byId(bagId).orElseThrow(() -> new NotFoundException(AUDIT_LOOKUP, bagId));
        audit.read(AUDIT_LOOKUP, address.id(), why.audited());
        List<String> ids = new ArrayList<>();
        ids.add(address.id());
        address.objects().forEach(o -> ids.add(o.id()));
        AddressKey key =
                new AddressKey(address.postcode(), address.houseNumber(), address.houseLetter(), address.addition());
        List<Establishment> here = trade.at(key, ids);
        Optional<SignalStore.Exception> exception = store.exceptionAt(address.id());
        List<Signal> signals = List.of();
        if (exception.isEmpty()) {
            List<AddressMentions.Count> counts = new ArrayList<>();
            mentions.forEach(m -> m.at(address.id()).ifPresent(counts::add));
            signals = rules.signals(
                    store.settings(),
                    address,
                    here,
                    counts,
                    d -> trade.onStreetInDivision(address.id(), d),
                    DutchTime.today(clock));
            audit.read(AUDIT_SIGNALS, address.id(), why.audited());
        }
        AddressFlags f = flags.getIfAvailable();
        AddressFlags.Contact contact =
                f == null ? null : f.activeAt(address.id()).orElse(null);
        return new Page(
                why,
                address,
                addressText(address),
                here,
                signals,
                exception.map(SignalStore.Exception::reason).orElse(null),
                contact);
    }

    /** Turns the signal of {@code rule} at the address into an action; returns the action's id. */
    @Transactional
    public UUID toAction(String bagId, String rule, String purpose, String reference) {
        requireViewer();
        FieldErrors errors = new FieldErrors();
        Why why = why(purpose, reference, errors);
        errors.throwIfAny();
        Page page = page(bagId, why);
        Signal s = signalOf(page, rule);
        Locale nl = Locale.forLanguageTag("nl");
        String where = addressText(page.address());
        String title = messages.getMessage("signals.action.title", new Object[] {label(s.rule(), nl), where}, nl);
        String description = why(s, nl) + "\n\n" + messages.getMessage("signals.not-a-finding", null, nl);
        return actions.create(new ActionPlans.NewAction(
                title.length() > 200 ? title.substring(0, 200) : title,
                description,
                "addresses",
                page.address().id() + ":" + s.rule().key(),
                null,
                null,
                ActionPlans.Priority.MEDIUM));
    }

    /** A short note for a Bibob request about the address's signals, to copy or download; recorded as an export. */
    @Transactional
    public String bibobNote(String bagId, String purpose, String reference, Locale locale) {
        requireViewer();
        FieldErrors errors = new FieldErrors();
        Why why = why(purpose, reference, errors);
        errors.throwIfAny();
        Page page = page(bagId, why);
        audit.record(AuditLog.Action.EXPORT, AUDIT_NOTE, page.address().id(), why.audited());
        StringBuilder b = new StringBuilder();
        b.append(messages.getMessage(
                        "signals.note.head",
                        new Object[] {
                            addressText(page.address()), page.address().id(), why.reference()
                        },
                        locale))
                .append("\n\n");
        if (page.signals().isEmpty()) {
            b.append(messages.getMessage("signals.none", null, locale)).append('\n');
        }
        for (Signal s : page.signals()) {
            b.append("- ")
                    .append(label(s.rule(), locale))
                    .append(": ")
                    .append(why(s, locale))
                    .append('\n');
        }
        b.append('\n')
                .append(messages.getMessage("signals.not-a-finding", null, locale))
                .append('\n');
        return b.toString();
    }

    private static Signal signalOf(Page page, String rule) {
        return page.signals().stream()
                .filter(s -> s.rule().key().equals(rule))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(AUDIT_SIGNALS, rule));
    }

    private String label(Rule rule, Locale locale) {
        return messages.getMessage("signals.rule." + rule.key(), null, locale);
    }

    private String why(Signal s, Locale locale) {
        String text = messages.getMessage(s.whyKey(), s.arguments(), locale);
        if (!s.names().isEmpty()) {
            text += " " + messages.getMessage("signals.names", new Object[] {String.join(", ", s.names())}, locale);
        }
        return text;
    }

    static String addressText(BagAddresses.Address a) {
        AddressKey key = new AddressKey(a.postcode(), a.houseNumber(), a.houseLetter(), a.addition());
        return (a.street() == null ? "" : a.street() + " ")
                + key.houseNumber()
                + (key.letter() == null ? "" : key.letter())
                + (key.addition() == null ? "" : "-" + key.addition())
                + ", "
                + key.postcode()
                + (a.residence() == null ? "" : " " + a.residence());
    }

    // ---- settings (coordinator) ----

    @Transactional(readOnly = true)
    public Settings settings() {
        return store.settings();
    }

    @Transactional(readOnly = true)
    public List<SignalStore.Exception> exceptions() {
        return store.exceptions();
    }

    /** Checks and saves the settings form; throws {@code InvalidInputException} with every refused field. */
    @Transactional
    public void saveSettings(Map<String, String> form, List<String> rulesOn, List<String> roles) {
        FieldErrors errors = new FieldErrors();
        int address = errors.number("manyAtAddress", form.get("manyAtAddress"), 2, 1000);
        int home = errors.number("manyAtHome", form.get("manyAtHome"), 1, 1000);
        int mention = errors.number("mentions", form.get("mentions"), 1, 1000);
        int street = errors.number("streetSameKind", form.get("streetSameKind"), 2, 1000);
        int recent = errors.number("recentDays", form.get("recentDays"), 1, 3650);
        Set<Rule> off = EnumSet.allOf(Rule.class);
        for (String r : rulesOn == null ? List.<String>of() : rulesOn) {
            Arrays.stream(Rule.values()).filter(x -> x.name().equals(r)).forEach(off::remove);
        }
        Set<Role> viewers = EnumSet.noneOf(Role.class);
        for (String r : roles == null ? List.<String>of() : roles) {
            Optional<Role> role =
                    Settings.NAMEABLE.stream().filter(x -> x.name().equals(r)).findFirst();
            if (role.isEmpty()) {
                errors.reject("roles", "signals.error.role");
            } else {
                viewers.add(role.get());
            }
        }
        errors.throwIfAny();
        UserIdentity me = CurrentUser.require();
        store.save(
                TenantContext.require(),
                new Settings(off, address, home, mention, street, recent, viewers),
                clock.instant(),
                me.userId());
        audit.record(AuditLog.Action.UPDATE, AUDIT_SETTINGS, TenantContext.require(), "signal settings");
    }

    /** Adds a known legitimate address to the exception list. */
    @Transactional
    public void addException(String bagId, String reason) {
        FieldErrors errors = new FieldErrors();
        String id = errors.text("bagId", bagId, true, 16);
        String why = errors.text("reason", reason, true, 500);
        if (id != null && !BAG_ID.matcher(id).matches()) {
            errors.reject("bagId", "signals.error.bag-id");
        } else if (id != null && bag.byId(id).isEmpty()) {
            errors.reject("bagId", "signals.error.bag-unknown");
        }
        if (why != null && why.length() < 3) {
            errors.reject("reason", "signals.error.reason-short");
        }
        errors.throwIfAny();
        String nid = bag.byId(id).orElseThrow().id();
        if (store.exceptionAt(nid).isPresent()) {
            errors.reject("bagId", "signals.error.exception-twice");
            errors.throwIfAny();
        }
        UUID row = UUID.randomUUID();
        store.addException(
                row,
                TenantContext.require(),
                nid,
                why,
                clock.instant(),
                CurrentUser.require().userId());
        audit.record(AuditLog.Action.CREATE, AUDIT_EXCEPTION, row, "signal exception");
    }

    @Transactional
    public void removeException(UUID id) {
        if (!store.removeException(id)) {
            throw new NotFoundException(AUDIT_EXCEPTION, id);
        }
        audit.record(AuditLog.Action.DELETE, AUDIT_EXCEPTION, id, "signal exception");
    }

    static Set<String> ruleNames() {
        Set<String> s = new HashSet<>();
        Arrays.stream(Rule.values()).forEach(r -> s.add(r.name()));
        return s;
    }
}
