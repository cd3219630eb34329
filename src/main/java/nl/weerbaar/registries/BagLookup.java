package nl.weerbaar.registries;

import java.util.List;

/**
 * What the address lookup needs from the BAG: the addresses at an address key with the objects and buildings at
 * them. Implemented over the BAG part of this module; until a BAG stand is loaded (or when no implementation is
 * present) the lookup uses {@link #NOT_LOADED}.
 */
public interface BagLookup {

    /** Whether a BAG stand is loaded; when false, {@link #at} is always empty. */
    boolean loaded();

    /** The BAG's addresses (nummeraanduidingen) at {@code key}; empty when there are none. */
    List<Address> at(AddressKey key);

    /**
     * One address with its objects. {@code street} and {@code residence} may be null.
     *
     * @param id the nummeraanduiding id
     */
    record Address(String id, AddressKey key, String street, String residence, List<AddressableObject> objects) {
        public Address {
            objects = objects == null ? List.of() : List.copyOf(objects);
        }
    }

    /**
     * A verblijfsobject (kind {@code VBO}), ligplaats ({@code LIG}) or standplaats ({@code STA}) at the address.
     * {@code area} (m²) may be null; {@code uses} is empty for ligplaatsen and standplaatsen; {@code constructionYears}
     * holds the original construction year of each building the object is in.
     */
    record AddressableObject(
            String id, String kind, String status, List<String> uses, Integer area, List<Integer> constructionYears) {
        public AddressableObject {
            uses = uses == null ? List.of() : List.copyOf(uses);
            constructionYears = constructionYears == null ? List.of() : List.copyOf(constructionYears);
        }
    }

    /** No BAG loaded: nothing is known about any address. */
    BagLookup NOT_LOADED = new BagLookup() {
        @Override
        public boolean loaded() {
            return false;
        }

        @Override
        public List<Address> at(AddressKey key) {
            return List.of();
        }
    };
}
