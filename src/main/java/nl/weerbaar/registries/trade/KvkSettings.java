package nl.weerbaar.registries.trade;

import java.time.Duration;

/**
 * How to reach the KVK APIs (see OPERATIONS.md, "Trade register").
 *
 * @param baseUrl the APIs' root, {@code https://api.kvk.nl/api} in production (test environment:
 *     {@code https://api.kvk.nl/test/api})
 * @param apiKey the key KVK issued to the municipality; blank means the APIs are not used
 * @param trustStore path of a PKCS12 or JKS trust store that holds the root KVK's certificates chain to (the
 *     Dutch government's private root); blank means the JVM's own trust store
 * @param trustStorePassword the trust store's password; may be blank
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
public record KvkSettings(
        String baseUrl,
        String apiKey,
        String trustStore,
        String trustStorePassword,
        Duration connectTimeout,
        Duration readTimeout) {

    /** Whether an API key is configured. */
    public boolean configured() {
        return apiKey != null && !apiKey.isBlank();
    }
}
