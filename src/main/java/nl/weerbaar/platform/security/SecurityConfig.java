package nl.weerbaar.platform.security;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages need a login; {@code /admin} is for ADMIN, {@code /platform} for OPERATOR,
 * {@code /audit} for COORDINATOR; feature modules guard their controllers with {@code @PreAuthorize}.
 * The REST API under {@code /api/v1} accepts the session (with CSRF token) or an API key ({@code Authorization:
 * Bearer}, see {@link ApiTokens}); only a request that a valid key authenticated goes without a CSRF token. There is
 * no HTTP Basic (ADR 0013). Passwords are checked only by the login form, under the limits of {@link LoginThrottle}
 * and {@link LocalLogin}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + "form-action 'self'";

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidc,
            WeerbaarOidcUserService oidcUsers,
            ProblemResponses problems,
            ApiTokens apiTokens,
            LoginThrottle throttle,
            @Value("${weerbaar.session.absolute-hours:10}") long absoluteHours)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/theme.css",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/error",
                                "/error/**",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/manifest.webmanifest",
                                "/sw.js",
                                "/oauth2/**",
                                "/login/oauth2/**",
                                "/s/**",
                                "/m/**",
                                "/intranet/**",
                                "/api/v1/public/surveys/**")
                        .permitAll()
                        .requestMatchers("/platform/**", "/api/v1/platform/**")
                        .hasRole("OPERATOR")
                        .requestMatchers("/admin/**", "/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/audit/**", "/api/v1/audit-events/**")
                        .hasRole("COORDINATOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(c -> c.ignoringRequestMatchers(ApiTokenFilter::authenticatedByKey)
                        .ignoringRequestMatchers("/api/v1/public/surveys/**")
                        // The meldpunt keeps no session for anonymous reporters, so its forms carry no token (ADR 0601)
                        .ignoringRequestMatchers("/m/**"))
                // CSP and X-Frame-Options per request: a page that allows framing (Framing) names its origins
                .headers(h -> h.frameOptions(f -> f.disable())
                        .addHeaderWriter(new FramingHeaders(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(self)")))
                // API callers get problem+json; a browser gets the product's own page (templates/error/403.html).
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems::unauthorized, API)
                        .defaultAccessDeniedHandlerFor(problems::forbidden, API)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .addFilterBefore(new LoginRateLimitFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                // Before the CSRF check, which lets through only what a valid key authenticated.
                .addFilterBefore(new ApiTokenFilter(apiTokens, problems), CsrfFilter.class)
                .addFilterAfter(new TenantContextFilter(absoluteHours), AnonymousAuthenticationFilter.class);
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .defaultSuccessUrl("/", true)
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
        }
        return http.build();
    }

    /**
     * No tracing of each security filter, authentication and authorisation: nothing here records traces, and wrapping
     * every filter of the chain in an observation cost each request measurable time. Requests are still measured as a
     * whole ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The only password login: the form. Being the only {@link AuthenticationProvider} bean (and no
     * {@code UserDetailsService} bean), no other provider checks passwords past its lock-out.
     */
    @Bean
    AuthenticationProvider localLogin(AccountStore accounts, LoginThrottle throttle, PasswordEncoder encoder) {
        return new LocalLogin(accounts, throttle, encoder);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                "argon2",
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt",
                new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }
}
