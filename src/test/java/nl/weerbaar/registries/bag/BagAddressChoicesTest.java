package nl.weerbaar.registries.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.weerbaar.registries.AddressChoices;
import nl.weerbaar.registries.BagAddresses;
import org.junit.jupiter.api.Test;

/** The address picker's rules over a BAG facade with one address. */
class BagAddressChoicesTest {

    static final BagAddresses.Address KOSTERSTRAAT = new BagAddresses.Address(
            "0221200000330227",
            "Kosterstraat",
            4,
            "a",
            "2",
            "6981CH",
            "Doesburg",
            "0221",
            "Naamgeving uitgegeven",
            List.of(),
            List.of());

    static BagAddresses bag(String status) {
        return new BagAddresses() {
            @Override
            public List<Address> find(String postcode, int houseNumber, String houseLetter, String addition) {
                return postcode.equals("6981CH") && houseNumber == 4 ? List.of(KOSTERSTRAAT) : List.of();
            }

            @Override
            public Optional<Address> byId(String bagId) {
                return bagId.equals(KOSTERSTRAAT.id()) || bagId.equals("0221010000330226")
                        ? Optional.of(KOSTERSTRAAT)
                        : Optional.empty();
            }

            @Override
            public Stand stand() {
                return new Stand(status, null, null, null, null, null, null, null, 0, 0, 0);
            }
        };
    }

    @Test
    void withoutALoadedBagNothingIsOffered() {
        AddressChoices.Picker p = new BagAddressChoices(bag("EMPTY")).picker("6981CH", "4", null, null, true);
        assertThat(p.offered()).isFalse();
        assertThat(p.choices()).isEmpty();
    }

    @Test
    void suggestionsReadAsAnAddressAndTheChosenOneIsKept() {
        BagAddressChoices choices = new BagAddressChoices(bag("READY"));
        AddressChoices.Picker p = choices.picker("6981 ch", " 4 ", null, "0221200000330227", true);
        assertThat(p.choices())
                .containsExactly(new AddressChoices.Choice("0221200000330227", "Kosterstraat 4A-2, 6981CH Doesburg"));
        assertThat(p.isChosen("0221200000330227")).isTrue();
        assertThat(p.problem()).isNull();
    }

    @Test
    void badInputOrNoMatchSaysWhy() {
        BagAddressChoices choices = new BagAddressChoices(bag("READY"));
        assertThat(choices.picker("698", "4", null, null, true).problem()).isEqualTo("registries.address.error.input");
        assertThat(choices.picker("6981CH", "x", null, null, true).problem())
                .isEqualTo("registries.address.error.input");
        assertThat(choices.picker("6981CH", "5", null, null, true).problem())
                .isEqualTo("registries.address.error.none");
        assertThat(choices.picker(null, null, null, null, false).problem()).isNull();
    }

    @Test
    void onlyANummeraanduidingTheBagKnowsIsAccepted() {
        BagAddressChoices choices = new BagAddressChoices(bag("READY"));
        assertThat(choices.chosen("0221200000330227")).isPresent();
        assertThat(choices.chosen("0221010000330226"))
                .as("a verblijfsobject id")
                .isEmpty();
        assertThat(choices.chosen("0221200000999999")).isEmpty();
        assertThat(choices.chosen("<script>")).isEmpty();
        assertThat(choices.chosen(null)).isEmpty();
    }
}
