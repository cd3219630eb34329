package nl.weerbaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message exists in Dutch and in English, and no bundle holds an empty text. */
class MessageBundlesTest {

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void dutchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties nl = load(bundle + ".properties");
        Properties en = load(bundle + "_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(nl.stringPropertyNames());
        missingInEnglish.removeAll(en.stringPropertyNames());
        Set<String> missingInDutch = new TreeSet<>(en.stringPropertyNames());
        missingInDutch.removeAll(nl.stringPropertyNames());
        assertThat(missingInEnglish).as("keys of %s missing in English", bundle).isEmpty();
        assertThat(missingInDutch).as("keys of %s missing in Dutch", bundle).isEmpty();
        assertThat(nl.stringPropertyNames())
                .allSatisfy(k -> assertThat(nl.getProperty(k)).as(k).isNotBlank());
        assertThat(en.stringPropertyNames())
                .allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages", file))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
