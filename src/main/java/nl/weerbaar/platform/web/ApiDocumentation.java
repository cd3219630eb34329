package nl.weerbaar.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI document describes the API and its ways in: an API key as bearer token (made under
 * "API-sleutels") or the browser session with its CSRF header. There is no HTTP Basic (ADR 0013).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Weerbaar API",
                        version = "v1",
                        description =
                                "Meldingen, analyses, scans, actieplannen, enquêtes en processen van één gemeente.",
                        license = @License(name = "EUPL-1.2")),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(
        name = "apiKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "API-sleutel (wbk_…), te maken onder API-sleutels; kop Authorization: Bearer <sleutel>.")
class ApiDocumentation {}
