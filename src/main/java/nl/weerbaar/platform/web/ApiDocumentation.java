package nl.weerbaar.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.info.Contact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI document describes the API and its ways in: an API key as bearer token (made under
 * "API-sleutels") or the browser session with its CSRF header. There is no HTTP Basic (ADR 0013).
 * {@link ApiDesignRules} adds what the NL API Design Rules ask of every operation (ADR 0016); the contact is set per
 * installation.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Weerbaar API",
                        version = ApiVersion.VERSION,
                        description =
                                "Meldingen, analyses, scans, actieplannen, enquêtes en processen van één gemeente.",
                        license = @License(name = "EUPL-1.2", url = "https://eupl.eu/1.2/nl/")),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(
        name = "apiKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "API-sleutel (wbk_…), te maken onder API-sleutels; kop Authorization: Bearer <sleutel>.")
class ApiDocumentation {

    @Bean
    ApiDesignRules apiDesignRules(
            @Value("${weerbaar.api.contact-name}") String name,
            @Value("${weerbaar.api.contact-email}") String email,
            @Value("${weerbaar.api.contact-url}") String url) {
        return new ApiDesignRules(new Contact().name(name).email(email).url(url));
    }
}
