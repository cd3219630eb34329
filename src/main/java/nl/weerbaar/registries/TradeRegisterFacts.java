package nl.weerbaar.registries;

import java.util.Collection;
import java.util.List;

/**
 * What the municipality's trade register extract holds about an address and its street, for the address signals.
 * Runs in the current municipality (row-level security); records nothing: the page that shows the answer to a person
 * records the read with its purpose.
 */
public interface TradeRegisterFacts {

    /**
     * The establishments at an address: those whose BAG ids are among {@code bagIds} (the nummeraanduiding and its
     * addressable objects), and those matching the whole address key.
     */
    List<Establishment> at(AddressKey address, Collection<String> bagIds);

    /**
     * How many establishments on the street (openbare ruimte) of the nummeraanduiding {@code numberDesignationId}
     * have a main SBI activity in {@code division} (its first two digits); matched on BAG id, or on postcode and
     * house number when the extract gives none. 0 when the address is unknown.
     */
    int onStreetInDivision(String numberDesignationId, String division);
}
