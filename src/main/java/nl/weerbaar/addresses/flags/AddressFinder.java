package nl.weerbaar.addresses.flags;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.BagAddresses;
import org.springframework.stereotype.Component;

/**
 * Turns a typed address (postcode, house number, optional letter and addition) into one BAG nummeraanduiding, or
 * into the addresses to choose from when the BAG has several at that number (letters and additions).
 */
@Component
class AddressFinder {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");

    /** An address as people read it, with its BAG id. */
    record Option(String bagId, String label) {}

    /** The address chosen, or null with the addresses to choose from (empty when the address was refused). */
    record Resolved(Option chosen, List<Option> choices) {
        boolean found() {
            return chosen != null;
        }
    }

    private final BagAddresses bag;

    AddressFinder(BagAddresses bag) {
        this.bag = bag;
    }

    /** Whether a BAG stand is loaded; before that no address can be found. */
    boolean loaded() {
        return "READY".equals(bag.stand().status());
    }

    /**
     * Checks the typed address (fields {@code postcode}, {@code houseNumber}, {@code letter}, {@code addition},
     * {@code bagId}) and finds it; refusals go to {@code errors}.
     */
    Resolved resolve(
            FieldErrors errors, String postcode, String houseNumber, String letter, String addition, String bagId) {
        String pc = errors.text("postcode", postcode, true, 10);
        String number = errors.text("houseNumber", houseNumber, true, 10);
        String l = errors.text("letter", letter, false, 1);
        String a = errors.text("addition", addition, false, 4);
        if (pc != null && !AddressKey.validPostcode(pc)) {
            errors.reject("postcode", "flags.error.postcode");
        }
        if (number != null && (!NUMBER.matcher(number).matches() || Integer.parseInt(number) < 1)) {
            errors.reject("houseNumber", "flags.error.house-number");
        }
        if (l != null && !Character.isLetter(l.charAt(0))) {
            errors.reject("letter", "flags.error.letter");
        }
        if (errors.any()) {
            return new Resolved(null, List.of());
        }
        if (!loaded()) {
            errors.reject("postcode", "flags.error.no-bag");
            return new Resolved(null, List.of());
        }
        List<Option> options = bag.find(pc, Integer.parseInt(number), l, a).stream()
                .map(AddressFinder::option)
                .toList();
        if (options.isEmpty()) {
            errors.reject("postcode", "flags.error.address-unknown");
            return new Resolved(null, List.of());
        }
        if (bagId != null && !bagId.isBlank()) {
            Optional<Option> chosen =
                    options.stream().filter(o -> o.bagId().equals(bagId)).findFirst();
            if (chosen.isPresent()) {
                return new Resolved(chosen.get(), options);
            }
        }
        if (options.size() == 1) {
            return new Resolved(options.get(0), options);
        }
        return new Resolved(null, options);
    }

    static Option option(BagAddresses.Address a) {
        String number = a.houseNumber()
                + (a.houseLetter() == null ? "" : a.houseLetter())
                + (a.addition() == null ? "" : "-" + a.addition());
        String street = a.street() == null ? "" : a.street() + " ";
        String place = a.postcode() + (a.residence() == null ? "" : " " + a.residence());
        return new Option(a.id(), street + number + ", " + place);
    }
}
