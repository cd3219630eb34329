package nl.weerbaar.platform.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Dutch by default; {@code ?lang=en} switches to English and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("weerbaar-lang");
    resolver.setDefaultLocale(DUTCH);
    // Pages are Dutch until the user picks English; API callers choose with Accept-Language.
    resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        && request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())
        ? Locale.ENGLISH : DUTCH);
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
