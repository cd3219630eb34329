package nl.weerbaar.registries;

import java.util.List;

/**
 * An establishment (vestiging) in the trade register.
 *
 * @param kvkNumber the KVK number (8 digits) of the business it belongs to
 * @param establishmentNumber the vestigingsnummer (12 digits); null for a legal person without establishment
 * @param name the (first) trade name
 * @param sbiCodes the SBI activity codes, main activity first; empty when not known
 * @param address the visiting address; null when it is not in the Netherlands or screened off
 * @param addressableObjectId the BAG id of the verblijfsobject, ligplaats or standplaats; null when not known
 * @param numberDesignationId the BAG id of the nummeraanduiding; null when not known
 */
public record Establishment(
        String kvkNumber,
        String establishmentNumber,
        String name,
        List<String> sbiCodes,
        AddressKey address,
        String addressableObjectId,
        String numberDesignationId) {

    public Establishment {
        sbiCodes = sbiCodes == null ? List.of() : List.copyOf(sbiCodes);
    }
}
