package nl.weerbaar.addresses;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The verwijsindex as other pages read it: whether an address (a BAG nummeraanduiding) carries an active flag, and
 * whom to contact — never why, nor who asked for it. Records nothing itself: a page that shows the answer to a person
 * records that read with its purpose.
 */
public interface AddressFlags {

    /** The contact of the active flag on {@code bagId} in the current municipality; empty when none is active today. */
    Optional<Contact> activeAt(String bagId);

    /** Whom to contact before a visit, and until when the flag runs. {@code phone} may be null. */
    record Contact(String contactName, String team, String phone, LocalDate endsOn) {}
}
