package nl.weerbaar.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * OIDC login (Entra ID, Keycloak, ADFS, …) when {@code WEERBAAR_OIDC_ISSUER} is set; the login page then
 * shows a button for it. Discovery happens at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("weerbaar.oidc.issuer")
class OidcConfig {

    static final String REGISTRATION = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrations(
            @Value("${weerbaar.oidc.issuer}") String issuer,
            @Value("${weerbaar.oidc.client-id}") String clientId,
            @Value("${weerbaar.oidc.client-secret:}") String clientSecret,
            @Value("${weerbaar.oidc.scopes:openid,profile,email}") String[] scopes) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope(scopes)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
