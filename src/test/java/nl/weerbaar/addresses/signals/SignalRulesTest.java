package nl.weerbaar.addresses.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.weerbaar.platform.Role;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.AddressMentions;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.registries.Establishment;
import org.junit.jupiter.api.Test;

/** Each rule firing at its threshold and not one below it, and switched off. */
class SignalRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    final SignalRules rules = new SignalRules(ExpectedUses.load());

    static Settings settings(int address, int home, int mentions, int street, Rule... off) {
        return new Settings(Set.of(off), address, home, mentions, street, 30, Set.of(Role.LEGAL));
    }

    static BagAddresses.Address address(String... uses) {
        return new BagAddresses.Address(
                "9999200000000001",
                "Signaalstraat",
                1,
                null,
                null,
                "9999SA",
                "Proefdorp",
                "9999",
                "Naamgeving uitgegeven",
                List.of(),
                List.of(new BagAddresses.AddressableObject(
                        "9999010000000001",
                        "VBO",
                        "Verblijfsobject in gebruik",
                        List.of(uses),
                        80,
                        null,
                        null,
                        true,
                        List.of(),
                        List.of())));
    }

    static List<Establishment> establishments(int n, String sbi) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new Establishment(
                        "9000000" + i,
                        "00000000000" + i,
                        "Bedrijf " + i,
                        List.of(sbi),
                        new AddressKey("9999SA", 1, null, null),
                        null,
                        "9999200000000001"))
                .toList();
    }

    List<Rule> fired(Settings s, BagAddresses.Address a, List<Establishment> here, int mentions, int street) {
        List<AddressMentions.Count> counts =
                mentions == 0 ? List.of() : List.of(new AddressMentions.Count(mentions, LocalDate.of(2026, 11, 1)));
        return rules.signals(s, a, here, counts, d -> street, TODAY).stream()
                .map(Signal::rule)
                .toList();
    }

    @Test
    void manyAtOneAddressFiresAtTheThresholdNotBelow() {
        Settings s = settings(5, 99, 99, 99);
        assertThat(fired(s, address("kantoorfunctie"), establishments(5, "7022"), 0, 0))
                .containsExactly(Rule.MANY_AT_ADDRESS);
        assertThat(fired(s, address("kantoorfunctie"), establishments(4, "7022"), 0, 0))
                .isEmpty();
        assertThat(fired(
                        settings(5, 99, 99, 99, Rule.MANY_AT_ADDRESS),
                        address("kantoorfunctie"),
                        establishments(9, "7022"),
                        0,
                        0))
                .isEmpty();
    }

    @Test
    void severalInAHomeFiresOnlyForAUnitWithResidentialUse() {
        Settings s = settings(99, 3, 99, 99);
        assertThat(fired(s, address("woonfunctie"), establishments(3, "7022"), 0, 0))
                .containsExactly(Rule.MANY_AT_HOME);
        assertThat(fired(s, address("woonfunctie"), establishments(2, "7022"), 0, 0))
                .isEmpty();
        assertThat(fired(s, address("kantoorfunctie"), establishments(3, "7022"), 0, 0))
                .isEmpty();
    }

    @Test
    void anActivityThatDoesNotFitTheBagUseFires() {
        Settings s = settings(99, 99, 99, 99);
        List<Signal> signals =
                rules.signals(s, address("industriefunctie"), establishments(1, "4711"), List.of(), d -> 0, TODAY);
        assertThat(signals).extracting(Signal::rule).containsExactly(Rule.USE_MISMATCH);
        assertThat(signals.get(0).facts()).containsExactly("Bedrijf 0", "4711", "industriefunctie", "winkelfunctie");
        assertThat(fired(s, address("winkelfunctie", "woonfunctie"), establishments(1, "4711"), 0, 0))
                .isEmpty();
        // a division the table does not name is never checked
        assertThat(fired(s, address("industriefunctie"), establishments(1, "7022"), 0, 0))
                .isEmpty();
        // an object without a known use says nothing
        assertThat(fired(s, address(), establishments(1, "4711"), 0, 0)).isEmpty();
    }

    @Test
    void mentionsFireFromTheThreshold() {
        Settings s = settings(99, 99, 2, 99);
        assertThat(fired(s, address("woonfunctie"), List.of(), 2, 0)).containsExactly(Rule.MENTIONS);
        assertThat(fired(s, address("woonfunctie"), List.of(), 1, 0)).isEmpty();
        assertThat(fired(settings(99, 99, 1, 99), address("woonfunctie"), List.of(), 0, 0))
                .isEmpty();
    }

    @Test
    void aStreetWithManyOfTheSameKindFiresFromTheThreshold() {
        Settings s = settings(99, 99, 99, 6);
        List<Signal> signals =
                rules.signals(s, address("winkelfunctie"), establishments(1, "4711"), List.of(), d -> 6, TODAY);
        assertThat(signals).extracting(Signal::rule).containsExactly(Rule.STREET_SAME_KIND);
        assertThat(signals.get(0).facts()).containsExactly(6, "47", "Signaalstraat", 6);
        assertThat(fired(s, address("winkelfunctie"), establishments(1, "4711"), 0, 5))
                .isEmpty();
    }

    @Test
    void aRecentRegistrationAtTheAddressFiresWithinTheDaysNotBefore() {
        Settings s = settings(99, 99, 99, 99); // 30 days
        Establishment moved = new Establishment(
                "91000099",
                "000091000099",
                "Verhuisd BV",
                List.of("7022"),
                new AddressKey("9999SA", 1, null, null),
                null,
                null,
                TODAY.minusDays(30));
        List<Signal> signals = rules.signals(s, address("kantoorfunctie"), List.of(moved), List.of(), d -> 0, TODAY);
        assertThat(signals).extracting(Signal::rule).containsExactly(Rule.RECENTLY_MOVED);
        assertThat(signals.get(0).facts()).containsExactly("Verhuisd BV", "07-11-2026", 30);
        Establishment earlier = new Establishment(
                "91000099",
                "000091000099",
                "Verhuisd BV",
                List.of("7022"),
                new AddressKey("9999SA", 1, null, null),
                null,
                null,
                TODAY.minusDays(31));
        assertThat(rules.signals(s, address("kantoorfunctie"), List.of(earlier), List.of(), d -> 0, TODAY))
                .isEmpty();
        // an extract without the date says nothing
        assertThat(fired(s, address("kantoorfunctie"), establishments(1, "7022"), 0, 0))
                .isEmpty();
    }

    @Test
    void theTableReadsRangesOfDivisions() {
        ExpectedUses t = ExpectedUses.parse("# c\n10-12;industriefunctie;x\n47;winkelfunctie;y\n");
        assertThat(t.forCode("1107")).contains(Set.of("industriefunctie"));
        assertThat(t.forCode("1300")).isEmpty();
        assertThat(t.forCode("4")).isEmpty();
    }
}
