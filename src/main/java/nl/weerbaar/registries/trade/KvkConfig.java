package nl.weerbaar.registries.trade;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The KVK client from the {@code weerbaar.kvk.*} properties (OPERATIONS.md, "Trade register"). */
@Configuration(proxyBeanMethods = false)
class KvkConfig {

    @Bean
    KvkClient kvkClient(
            @Value("${weerbaar.kvk.base-url}") String baseUrl,
            @Value("${weerbaar.kvk.api-key}") String apiKey,
            @Value("${weerbaar.kvk.trust-store:}") String trustStore,
            @Value("${weerbaar.kvk.trust-store-password:}") String trustStorePassword,
            @Value("${weerbaar.kvk.connect-timeout:5s}") Duration connectTimeout,
            @Value("${weerbaar.kvk.read-timeout:10s}") Duration readTimeout) {
        return new KvkClient(
                new KvkSettings(baseUrl, apiKey, trustStore, trustStorePassword, connectTimeout, readTimeout));
    }
}
