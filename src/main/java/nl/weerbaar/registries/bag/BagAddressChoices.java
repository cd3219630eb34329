package nl.weerbaar.registries.bag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.registries.AddressChoices;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.BagAddresses;
import org.springframework.stereotype.Service;

/** Address choices on forms, from the loaded BAG. */
@Service
class BagAddressChoices implements AddressChoices {

    /** More than any real postcode and number has; keeps a strange one from filling a phone screen. */
    static final int MAX_CHOICES = 60;

    private final BagAddresses bag;

    BagAddressChoices(BagAddresses bag) {
        this.bag = bag;
    }

    @Override
    public boolean offered() {
        return "READY".equals(bag.stand().status());
    }

    @Override
    public Picker picker(String postcode, String number, String letter, String chosenId, boolean search) {
        if (!offered()) {
            return new Picker(false, postcode, number, letter, null, List.of(), false, null);
        }
        Optional<Choice> chosen = chosen(chosenId);
        List<Choice> choices = new ArrayList<>();
        String problem = null;
        boolean searched = search || (postcode != null && !postcode.isBlank());
        if (searched) {
            Integer n = parse(number);
            if (!AddressKey.validPostcode(postcode) || n == null) {
                problem = search ? "registries.address.error.input" : null;
            } else {
                bag.find(AddressKey.postcode(postcode), n, blank(letter) ? null : letter.strip(), null).stream()
                        .limit(MAX_CHOICES)
                        .forEach(a -> choices.add(choice(a)));
                if (choices.isEmpty()) {
                    problem = "registries.address.error.none";
                }
            }
        }
        chosen.filter(c -> choices.stream().noneMatch(x -> x.id().equals(c.id())))
                .ifPresent(c -> choices.add(0, c));
        return new Picker(
                true,
                postcode,
                number,
                letter,
                chosen.map(Choice::id).orElse(null),
                List.copyOf(choices),
                searched,
                problem);
    }

    @Override
    public Optional<Choice> chosen(String bagId) {
        if (!AddressChoices.wellFormed(bagId)) {
            return Optional.empty();
        }
        return bag.byId(bagId).filter(a -> a.id().equals(bagId)).map(BagAddressChoices::choice);
    }

    static Choice choice(BagAddresses.Address a) {
        AddressKey key = new AddressKey(a.postcode(), a.houseNumber(), a.houseLetter(), a.addition());
        String number = a.houseNumber()
                + (key.letter() == null ? "" : key.letter())
                + (key.addition() == null ? "" : "-" + key.addition());
        String street = a.street() == null ? "" : a.street() + " ";
        String place = a.residence() == null ? "" : " " + a.residence();
        return new Choice(a.id(), street + number + ", " + key.postcode() + place);
    }

    private static Integer parse(String number) {
        if (number == null || !number.strip().matches("\\d{1,5}")) {
            return null;
        }
        int n = Integer.parseInt(number.strip());
        return n == 0 ? null : n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
