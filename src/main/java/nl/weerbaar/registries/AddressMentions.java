package nl.weerbaar.registries;

import java.util.Optional;

/**
 * How often a module's own records name an address (a BAG nummeraanduiding), counted under that module's visibility
 * rules for the current user, without any content. Implemented by the modules that hold structured addresses
 * (incidents, meldpunt reports); read by the address signals. Runs in the current municipality (tenant context).
 */
public interface AddressMentions {

    /** The word for the source in messages, e.g. {@code incidents} (label key {@code mentions.source.<source>}). */
    String source();

    /**
     * The number of records at the nummeraanduiding {@code bagId} the current user may count, and the date of the
     * most recent; empty when there are none.
     */
    Optional<Count> at(String bagId);

    /** {@code count} records, the last one on {@code latest} (a date, never finer). */
    record Count(int count, java.time.LocalDate latest) {}
}
