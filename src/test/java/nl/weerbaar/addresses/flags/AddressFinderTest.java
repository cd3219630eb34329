package nl.weerbaar.addresses.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.registries.BagAddresses;
import org.junit.jupiter.api.Test;

class AddressFinderTest {

    static BagAddresses bag(String status, List<BagAddresses.Address> found) {
        return new BagAddresses() {
            @Override
            public List<Address> find(String postcode, int houseNumber, String houseLetter, String addition) {
                return found;
            }

            @Override
            public Optional<Address> byId(String bagId) {
                return Optional.empty();
            }

            @Override
            public Stand stand() {
                return new Stand(status, null, null, null, null, null, null, null, 0, 0, 0);
            }
        };
    }

    static BagAddresses.Address address(String id, String letter) {
        return new BagAddresses.Address(
                id, "Kosterstraat", 4, letter, null, "6981CH", "Doesburg", "0221", "x", List.of(), List.of());
    }

    @Test
    void withoutALoadedBagItSaysSoPlainly() {
        AddressFinder finder = new AddressFinder(bag("EMPTY", List.of()));
        FieldErrors errors = new FieldErrors();
        assertThat(finder.loaded()).isFalse();
        assertThat(finder.resolve(errors, "6981CH", "4", null, null, null).found())
                .isFalse();
        assertThat(errors.key("postcode")).isEqualTo("flags.error.no-bag");
    }

    @Test
    void oneAddressIsChosenSeveralAreOfferedAndAChoiceMustBeAmongThem() {
        AddressFinder one = new AddressFinder(bag("READY", List.of(address("0221200000330227", null))));
        AddressFinder.Resolved r = one.resolve(new FieldErrors(), "6981 ch", "4", "", "", null);
        assertThat(r.chosen().label()).isEqualTo("Kosterstraat 4, 6981CH Doesburg");

        AddressFinder two = new AddressFinder(
                bag("READY", List.of(address("0221200000330001", "A"), address("0221200000330002", "B"))));
        assertThat(two.resolve(new FieldErrors(), "6981CH", "4", null, null, null)
                        .choices())
                .hasSize(2);
        assertThat(two.resolve(new FieldErrors(), "6981CH", "4", null, null, "0221200000330002")
                        .chosen()
                        .label())
                .isEqualTo("Kosterstraat 4B, 6981CH Doesburg");
        assertThat(two.resolve(new FieldErrors(), "6981CH", "4", null, null, "9999999999999999")
                        .found())
                .isFalse();
    }

    @Test
    void wrongInputIsRefusedBeforeTheBagIsAsked() {
        FieldErrors errors = new FieldErrors();
        new AddressFinder(bag("READY", List.of())).resolve(errors, "<script>", "-1", "1", "toolong", null);
        assertThat(errors.key("postcode")).isEqualTo("flags.error.postcode");
        assertThat(errors.key("houseNumber")).isEqualTo("flags.error.house-number");
        assertThat(errors.key("letter")).isEqualTo("flags.error.letter");
        assertThat(errors.key("addition")).isEqualTo("error.too-long");
    }
}
