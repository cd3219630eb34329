package nl.weerbaar.registries.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader in a JVM of its own with 512 MB of heap, as an operator would run it on the national file: killed
 * (SIGKILL) halfway, then started again, it ends with every object loaded once.
 */
class BagSeparateJvmIT extends IntegrationTest {

    static final int OBJECTS = 120_000;

    @TempDir
    Path dir;

    @Test
    void aLoaderKilledHalfwayInAJvmOf512MbRestartsAndEndsWithTheSameCounts() throws Exception {
        Path extract = dir.resolve("9999-" + OBJECTS + ".zip");
        int total = BagExtractGenerator.generate(extract, OBJECTS);

        Process first = loader(extract, dir.resolve("first.log"));
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (partsIn() < 3 && first.isAlive() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(first.isAlive())
                .as("the first loader is still running when killed")
                .isTrue();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long partsBefore = partsIn();
        assertThat(partsBefore).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("SELECT status FROM bag_stand").query(String.class).single())
                .isEqualTo("LOADING");

        Process second = loader(extract, dir.resolve("second.log"));
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("second.log"), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(log).isZero();
        assertThat(log).contains("objects=" + total + " ").contains("resumed=" + partsBefore + " ");
        assertThat(jdbc.sql("SELECT status FROM bag_stand").query(String.class).single())
                .isEqualTo("READY");
        long rows = 0;
        for (String table : BagTables.OBJECT_TABLES) {
            rows += jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
        }
        assertThat(rows).isEqualTo(total);
        assertThat(jdbc.sql("SELECT count(DISTINCT id) FROM bag_nummeraanduiding")
                        .query(Long.class)
                        .single())
                .isEqualTo(BagExtractGenerator.Mix.of(OBJECTS).num());
    }

    private long partsIn() {
        return jdbc.sql("SELECT count(*) FROM bag_load_part").query(Long.class).single();
    }

    private static Process loader(Path extract, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                BagLoadMain.class.getName(),
                TestDatabase.url(),
                TestDatabase.user(),
                extract.toString());
        pb.environment().put("PGPASSWORD", TestDatabase.password() == null ? "" : TestDatabase.password());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }
}
