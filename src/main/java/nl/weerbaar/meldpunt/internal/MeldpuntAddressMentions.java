package nl.weerbaar.meldpunt.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.registries.AddressChoices;
import nl.weerbaar.registries.AddressMentions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many meldpunt reports of the current municipality name an address (ADR 1020), found by the address's keyed
 * pseudonym: only reports the current user receives (ADR 0601: a recipient the reporter did not keep out), as a count
 * and the day of the latest. Nobody else counts anything, not even that there are reports. Nothing is opened or
 * decrypted, so nothing is recorded in the audit log.
 */
@Component
class MeldpuntAddressMentions implements AddressMentions {

    private final Reports reports;
    private final Recipients recipients;
    private final MeldpuntKeys keys;

    MeldpuntAddressMentions(Reports reports, Recipients recipients, MeldpuntKeys keys) {
        this.reports = reports;
        this.recipients = recipients;
        this.keys = keys;
    }

    @Override
    public String source() {
        return "meldpunt";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Count> at(String bagId) {
        Optional<UserIdentity> me = CurrentUser.get();
        if (!AddressChoices.wellFormed(bagId) || me.isEmpty()) {
            return Optional.empty();
        }
        Recipients.Known known = recipients.known();
        if (known.choosable().stream().noneMatch(p -> p.id().equals(me.get().userId()))) {
            return Optional.empty();
        }
        List<Reports.AtAddress> seen = reports.atAddress(keys.addressKey(TenantContext.require(), bagId)).stream()
                .filter(r -> known.receives(me.get().userId(), r.notTo()))
                .toList();
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        LocalDate latest = seen.stream()
                .map(Reports.AtAddress::receivedOn)
                .max(LocalDate::compareTo)
                .orElseThrow();
        return Optional.of(new Count(seen.size(), latest));
    }
}
