package nl.weerbaar.registries.lookup;

import java.util.List;
import java.util.Objects;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.registries.BagLookup;
import org.springframework.stereotype.Component;

/**
 * The lookup's view of the BAG, over the BAG part's {@link BagAddresses}: loaded once a stand is {@code READY}; at an
 * address key, the BAG addresses with exactly that postcode, number, letter and addition (as the extract is matched).
 */
@Component
class BagAddressesLookup implements BagLookup {

    private final BagAddresses bag;

    BagAddressesLookup(BagAddresses bag) {
        this.bag = bag;
    }

    @Override
    public boolean loaded() {
        return "READY".equals(bag.stand().status());
    }

    @Override
    public List<Address> at(AddressKey key) {
        return bag.find(key.postcode(), key.houseNumber(), key.letter(), key.addition()).stream()
                .map(a -> new Address(
                        a.id(),
                        new AddressKey(a.postcode(), a.houseNumber(), a.houseLetter(), a.addition()),
                        a.street(),
                        a.residence(),
                        a.objects().stream()
                                .map(o -> new AddressableObject(
                                        o.id(),
                                        o.kind(),
                                        o.status(),
                                        o.uses(),
                                        o.area(),
                                        o.buildings().stream()
                                                .map(BagAddresses.Building::constructionYear)
                                                .filter(Objects::nonNull)
                                                .toList()))
                                .toList()))
                .filter(a -> a.key().equals(key))
                .toList();
    }
}
