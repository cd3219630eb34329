package nl.weerbaar.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files are served from their own paths only ({@code spring.web.resources.add-mappings=false}): with the
 * default {@code /**} mapping every link a page builds ({@code @{/insights}}, {@code @{/logout}}, the navigation)
 * was looked up on the class path as a possible static file, on every request, because a miss is not cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfig implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (String folder : new String[] {"css", "js", "img"}) {
      registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
          .resourceChain(true);
    }
    registry.addResourceHandler("/*.svg", "/*.webmanifest", "/*.js").addResourceLocations("classpath:/static/")
        .resourceChain(true);
    registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
        .resourceChain(true);
  }
}
