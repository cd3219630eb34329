package nl.weerbaar.training.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The lessons shipped with the platform ({@code lessons/*.yaml}), read and checked once at start-up: a broken lesson
 * stops the start with its problems rather than showing half a lesson.
 */
@Component
public class Lessons {

    private final Map<String, Lesson> byKey = new LinkedHashMap<>();

    public Lessons() {
        LessonParser parser = new LessonParser();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:lessons/*.yaml");
            java.util.Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource r : files) {
                Lesson lesson = parser.parse(r.getContentAsString(StandardCharsets.UTF_8));
                byKey.put(lesson.key(), lesson);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Lesson> all() {
        return List.copyOf(byKey.values());
    }

    public Optional<Lesson> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
