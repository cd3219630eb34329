package nl.weerbaar.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.UploadLimits;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch by default; {@code ?lang=en} switches to English and is remembered in a cookie, and for a logged-in
 * user also on their account, so that the mails they receive follow the same choice.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** Runs before Spring Security, which would otherwise be the first to read an over-large form. */
    @Bean
    FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadLimits limits, MessageSource messages) {
        FilterRegistrationBean<UploadLimitFilter> registration =
                new FilterRegistrationBean<>(new UploadLimitFilter(limits, messages));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
        return registration;
    }

    /** First of all filters, so that every answer under {@code /api/} carries the version, refusals included. */
    @Bean
    FilterRegistrationBean<ApiVersion> apiVersionFilter() {
        FilterRegistrationBean<ApiVersion> registration = new FilterRegistrationBean<>(new ApiVersion());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver(JdbcClient jdbc) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("weerbaar-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale);
                String language = locale == null ? null : locale.getLanguage();
                if ("nl".equals(language) || "en".equals(language)) {
                    CurrentUser.get()
                            .ifPresent(u -> jdbc.sql("UPDATE app_user SET language = ? WHERE id = ?")
                                    .params(language, u.userId())
                                    .update());
                }
            }
        };
        resolver.setDefaultLocale(DUTCH);
        // Pages are Dutch until the user picks English; API callers choose with Accept-Language.
        resolver.setDefaultLocaleFunction(
                request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                                && request.getHeader("Accept-Language") != null
                                && "en".equals(request.getLocale().getLanguage())
                        ? Locale.ENGLISH
                        : DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
