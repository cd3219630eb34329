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
 * @param addressSince since when the establishment is registered at this address (the extract's optional column
 *     "datum vestiging op adres"); null when not known
 */
public record Establishment(
        String kvkNumber,
        String establishmentNumber,
        String name,
        List<String> sbiCodes,
        AddressKey address,
        String addressableObjectId,
        String numberDesignationId,
        java.time.LocalDate addressSince) {

    public Establishment {
        sbiCodes = sbiCodes == null ? List.of() : List.copyOf(sbiCodes);
    }

    /** An establishment without a known date of registration at its address. */
    public Establishment(
            String kvkNumber,
            String establishmentNumber,
            String name,
            List<String> sbiCodes,
            AddressKey address,
            String addressableObjectId,
            String numberDesignationId) {
        this(kvkNumber, establishmentNumber, name, sbiCodes, address, addressableObjectId, numberDesignationId, null);
    }
}
