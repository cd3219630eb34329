package nl.weerbaar.registries.lookup;

/**
 * The lookup form: the purpose and its reference, then an address (postcode, number, letter, addition) or a business
 * (KVK number or name). Every field may be null as sent.
 */
record LookupForm(
        String purpose,
        String reference,
        String postcode,
        String houseNumber,
        String letter,
        String addition,
        String kvkNumber,
        String name) {

    static LookupForm empty() {
        return new LookupForm(null, null, null, null, null, null, null, null);
    }
}
