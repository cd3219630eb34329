package nl.weerbaar.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files are served from their own paths only ({@code spring.web.resources.add-mappings=false}): with the
 * default {@code /**} mapping every link a page builds ({@code @{/insights}}, {@code @{/logout}}, the navigation)
 * was looked up on the class path as a possible static file, on every request, because a miss is not cached.
 *
 * <p>No resource URL carries a version or content hash, so the URL-rewriting filter that Thymeleaf's
 * auto-configuration registers with a resource chain has nothing to rewrite; it is switched off, because it still
 * resolved every link of every page against the resource handlers (about 8% of rendering the dashboard).
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfig implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
        registry.addResourceHandler("/*.svg", "/*.webmanifest", "/*.js")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }

    /** Takes the place of the auto-configured URL-rewriting filter, switched off. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
