package nl.weerbaar.addresses.flags;

import java.util.Optional;
import nl.weerbaar.addresses.AddressFlags;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The verwijsindex for other pages: the contact of the flag active today on an address, nothing else. */
@Component
class ActiveAddressFlags implements AddressFlags {

    private final Flags flags;

    ActiveAddressFlags(Flags flags) {
        this.flags = flags;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contact> activeAt(String bagId) {
        if (bagId == null || bagId.isBlank()) {
            return Optional.empty();
        }
        return flags.contactAt(bagId, flags.today());
    }
}
