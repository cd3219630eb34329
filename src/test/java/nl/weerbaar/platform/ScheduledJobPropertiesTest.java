package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every setting of a scheduled job is a {@code weerbaar.jobs.*} property; documented older names still work. */
class ScheduledJobPropertiesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

    /** Per job class: the placeholder expressions of its schedule, lock and constructor values. */
    private static Map<Class<?>, List<String>> jobSettings() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Map<Class<?>, List<String>> settings = new java.util.LinkedHashMap<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("nl.weerbaar")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            List<String> expressions = new ArrayList<>();
            for (Method m : type.getDeclaredMethods()) {
                Scheduled s = m.getAnnotation(Scheduled.class);
                if (s == null) {
                    continue;
                }
                expressions.addAll(List.of(s.cron(), s.fixedDelayString(), s.fixedRateString(), s.zone()));
                SchedulerLock lock = m.getAnnotation(SchedulerLock.class);
                if (lock != null) {
                    expressions.addAll(List.of(lock.lockAtLeastFor(), lock.lockAtMostFor()));
                }
            }
            if (expressions.isEmpty()) {
                continue;
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                for (Parameter p : c.getParameters()) {
                    Value v = p.getAnnotation(Value.class);
                    if (v != null) {
                        expressions.add(v.value());
                    }
                }
            }
            settings.put(type, expressions);
        }
        return settings;
    }

    @Test
    void everyJobSettingIsAWeerbaarJobsProperty() throws Exception {
        Map<Class<?>, List<String>> settings = jobSettings();
        assertThat(settings).hasSizeGreaterThanOrEqualTo(9);
        List<String> names = new ArrayList<>();
        settings.values()
                .forEach(expressions -> expressions.forEach(e -> {
                    Matcher m = PLACEHOLDER.matcher(e);
                    if (m.find()) {
                        names.add(m.group(1));
                    }
                }));
        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("weerbaar.jobs."), "starts with weerbaar.jobs.");
    }

    @Test
    void documentedOlderNamesStillWorkAndTheNewNameWins() throws Exception {
        Map<String, String> renamed = Map.of(
                "weerbaar.actions.reminder-cron", "weerbaar.jobs.action-reminders-cron",
                "weerbaar.surveys.daily-cron", "weerbaar.jobs.survey-daily-cron",
                "weerbaar.insights.report-cron", "weerbaar.jobs.insights-report-cron",
                "weerbaar.processes.review-reminder-cron", "weerbaar.jobs.review-reminders-cron",
                "weerbaar.processes.review-reminder-days", "weerbaar.jobs.review-reminders-days");
        List<String> expressions = new ArrayList<>();
        jobSettings().values().forEach(expressions::addAll);
        renamed.forEach((old, current) -> {
            String expression = expressions.stream()
                    .filter(e -> e.startsWith("${" + current + ":"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no setting " + current));
            assertThat(resolve(expression, Map.of(old, "old"))).as(old).isEqualTo("old");
            assertThat(resolve(expression, Map.of(old, "old", current, "new")))
                    .as(current)
                    .isEqualTo("new");
            assertThat(resolve(expression, Map.of()))
                    .as("default of " + current)
                    .doesNotContain("${");
        });
    }

    private static String resolve(String expression, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment.resolvePlaceholders(expression);
    }
}
