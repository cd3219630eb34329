package nl.weerbaar.addresses.signals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import nl.weerbaar.registries.AddressMentions;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.registries.Establishment;

/** The rules themselves (ADR 1000), over facts already read: no database, no user, easy to test at the edges. */
final class SignalRules {

    static final String HOME_USE = "woonfunctie";

    private final ExpectedUses expected;

    SignalRules(ExpectedUses expected) {
        this.expected = expected;
    }

    /**
     * The signals for {@code address}. {@code here}: the establishments at it; {@code mentions}: the counts per
     * source; {@code onStreet}: how many establishments of an SBI division are on the address's street.
     */
    List<Signal> signals(
            Settings s,
            BagAddresses.Address address,
            List<Establishment> here,
            List<AddressMentions.Count> mentions,
            ToIntFunction<String> onStreet,
            java.time.LocalDate today) {
        List<Signal> out = new ArrayList<>();
        List<String> names = here.stream().map(Establishment::name).toList();
        if (s.on(Rule.MANY_AT_ADDRESS) && here.size() >= s.manyAtAddress()) {
            out.add(new Signal(Rule.MANY_AT_ADDRESS, List.of(here.size(), s.manyAtAddress()), names));
        }
        boolean home = address.objects().stream().anyMatch(o -> o.uses().contains(HOME_USE));
        if (s.on(Rule.MANY_AT_HOME) && home && here.size() >= s.manyAtHome()) {
            out.add(new Signal(Rule.MANY_AT_HOME, List.of(here.size(), s.manyAtHome()), names));
        }
        if (s.on(Rule.USE_MISMATCH)) {
            Set<String> uses = new TreeSet<>();
            address.objects().stream().filter(o -> "VBO".equals(o.kind())).forEach(o -> uses.addAll(o.uses()));
            if (!uses.isEmpty()) {
                for (Establishment e : here) {
                    String main = e.sbiCodes().isEmpty() ? null : e.sbiCodes().get(0);
                    Optional<Set<String>> fit = expected.forCode(main);
                    if (fit.isPresent() && uses.stream().noneMatch(fit.get()::contains)) {
                        out.add(new Signal(
                                Rule.USE_MISMATCH,
                                List.of(
                                        e.name(),
                                        main,
                                        String.join(", ", uses),
                                        String.join(", ", new TreeSet<>(fit.get()))),
                                List.of(e.name())));
                    }
                }
            }
        }
        if (s.on(Rule.RECENTLY_MOVED)) {
            java.time.LocalDate from = today.minusDays(s.recentDays());
            for (Establishment e : here) {
                if (e.addressSince() != null
                        && !e.addressSince().isBefore(from)
                        && !e.addressSince().isAfter(today)) {
                    out.add(new Signal(
                            Rule.RECENTLY_MOVED,
                            List.of(
                                    e.name(),
                                    e.addressSince().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                                    s.recentDays()),
                            List.of(e.name())));
                }
            }
        }
        if (s.on(Rule.MENTIONS)) {
            int total = mentions.stream().mapToInt(AddressMentions.Count::count).sum();
            if (total >= s.mentions() && total > 0) {
                String latest = mentions.stream()
                        .map(AddressMentions.Count::latest)
                        .filter(java.util.Objects::nonNull)
                        .max(java.util.Comparator.naturalOrder())
                        .map(d -> d.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                        .orElse("-");
                out.add(new Signal(Rule.MENTIONS, List.of(total, latest, s.mentions()), List.of()));
            }
        }
        if (s.on(Rule.STREET_SAME_KIND) && address.street() != null) {
            Set<String> divisions = new LinkedHashSet<>();
            for (Establishment e : here) {
                if (!e.sbiCodes().isEmpty() && e.sbiCodes().get(0).length() >= 2) {
                    divisions.add(e.sbiCodes().get(0).substring(0, 2));
                }
            }
            for (String d : divisions) {
                int n = onStreet.applyAsInt(d);
                if (n >= s.streetSameKind()) {
                    List<String> of = here.stream()
                            .filter(e -> !e.sbiCodes().isEmpty()
                                    && e.sbiCodes().get(0).startsWith(d))
                            .map(Establishment::name)
                            .toList();
                    out.add(new Signal(Rule.STREET_SAME_KIND, List.of(n, d, address.street(), s.streetSameKind()), of));
                }
            }
        }
        return out;
    }
}
