package nl.weerbaar.addresses.flags;

import java.util.EnumSet;
import java.util.Set;
import nl.weerbaar.platform.NavigationGroup;
import nl.weerbaar.platform.NavigationItem;
import nl.weerbaar.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The verwijsindex in the menu, under "Preventie en beleid": the check before a visit for everyone in a
 * municipality; the flags for coordinators, and for a secretary or legal adviser while a flag waits for their decision.
 */
@Configuration(proxyBeanMethods = false)
class FlagsNavigation {

    @Bean
    NavigationItem navAddressCheck() {
        return new NavigationItem(
                "flags.check.nav",
                "/addresses/check",
                NavigationGroup.PREVENTION,
                EnumSet.complementOf(EnumSet.of(Role.OPERATOR)),
                700);
    }

    @Bean
    NavigationItem navAddressFlags(Flags flags) {
        return new NavigationItem(
                "flags.nav",
                "/addresses/flags",
                NavigationGroup.PREVENTION,
                Set.of(Role.COORDINATOR, Role.SECRETARY, Role.LEGAL),
                710,
                user -> user.has(Role.COORDINATOR) || flags.anyAwaiting(user));
    }
}
