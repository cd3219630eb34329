package nl.weerbaar.platform.web;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The texts of all modules ({@code spring.messages.basename}), merged per language once and then looked up in one
 * map. The default message source looks a key up bundle by bundle, in every module's bundle and its parent until it
 * is found; a dashboard asks for a few hundred texts per page. As before, the first module that has a key wins, a
 * language's own file wins over the default file, and the server's locale is never a fallback.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean
    MessageSource messageSource(
            @Value("${spring.messages.basename}") String[] basenames,
            @Value("${spring.messages.encoding:UTF-8}") String encoding) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(Arrays.stream(basenames)
                .map(String::trim)
                .map(b -> "classpath:" + b)
                .toArray(String[]::new));
        messages.setDefaultEncoding(encoding);
        messages.setFallbackToSystemLocale(false);
        // read once, kept for the life of the application: lookups go to the merged texts of a language
        messages.setCacheMillis(-1);
        return messages;
    }
}
