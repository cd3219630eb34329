package nl.weerbaar.platform.time;

import java.time.Clock;
import nl.weerbaar.platform.DutchTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application: inject {@link Clock} wherever the current time is needed. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.system(DutchTime.ZONE);
    }
}
