package nl.weerbaar.platform.operations;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * How the log is written: {@code WEERBAAR_LOG_FORMAT=ecs} (the default: one JSON object per line, for a log
 * collector) or {@code text} (readable lines, for a person at a terminal; the run command asks for it). Other values
 * are Spring Boot's structured formats ({@code logstash}, {@code gelf}).
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

    static final String TEXT = "text";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String format = env.getProperty("WEERBAAR_LOG_FORMAT");
        if (format != null && TEXT.equals(format.strip().toLowerCase(Locale.ROOT))) {
            env.getPropertySources()
                    .addFirst(new MapPropertySource(
                            "weerbaarLogFormat", Map.of("logging.structured.format.console", "")));
        }
    }
}
