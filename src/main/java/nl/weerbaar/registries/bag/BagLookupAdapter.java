package nl.weerbaar.registries.bag;

import java.util.List;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.registries.BagLookup;
import org.springframework.stereotype.Service;

/**
 * The BAG as the address lookup sees it ({@link BagLookup}), on the loaded tables through {@link BagAddresses}.
 * Loaded means a stand is complete (not while a load runs). A key without letter or addition gives every address at
 * the number, as {@link BagAddresses#find} does.
 */
@Service
class BagLookupAdapter implements BagLookup {

    private final BagAddresses addresses;

    BagLookupAdapter(BagAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public boolean loaded() {
        return "READY".equals(addresses.stand().status());
    }

    @Override
    public List<Address> at(AddressKey key) {
        return addresses.find(key.postcode(), key.houseNumber(), key.letter(), key.addition()).stream()
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
                                                .filter(java.util.Objects::nonNull)
                                                .toList()))
                                .toList()))
                .toList();
    }
}
