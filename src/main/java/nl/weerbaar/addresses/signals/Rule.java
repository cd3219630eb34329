package nl.weerbaar.addresses.signals;

/**
 * The rules that raise a signal about an address (ADR 1000). Each can be switched off per municipality; its message
 * keys are {@code signals.rule.<name>} (what it looks at) and {@code signals.why.<name>} (the facts).
 */
public enum Rule {
    /** Many establishments registered at one address. */
    MANY_AT_ADDRESS,
    /** Several establishments at a unit whose BAG use includes living (woonfunctie). */
    MANY_AT_HOME,
    /** An establishment whose main SBI activity does not fit the BAG use of the unit. */
    USE_MISMATCH,
    /** An establishment registered at the address recently (the extract's date of registration at the address). */
    RECENTLY_MOVED,
    /** The address in this municipality's incident stacks or meldpunt reports (counts only). */
    MENTIONS,
    /** Many establishments of the same kind (SBI division) on the street. */
    STREET_SAME_KIND;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
