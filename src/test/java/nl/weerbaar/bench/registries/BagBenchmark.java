package nl.weerbaar.bench.registries;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.weerbaar.bench.BenchApp;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.registries.bag.BagExtractGenerator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The BAG load at scale: for each size given (objects), generates an extract in Kadaster's layout (kept in
 * {@code target/bench-bag/}), loads it in a JVM of its own with {@code -Xmx512m} and reports the breakdown, then
 * times 1,000 address lookups through the facade (p50, p95). Database {@code weerbaar_bench_bag}.
 */
public final class BagBenchmark {

    private BagBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = BenchApp.database("jdbc:postgresql://127.0.0.1:5432/", "weerbaar_bench_bag");
        Path dir = Path.of("target/bench-bag");
        Files.createDirectories(dir);
        List<String> rows = new ArrayList<>();
        try (ConfigurableApplicationContext app = BenchApp.start(url)) {
            BagAddresses addresses = app.getBean(BagAddresses.class);
            for (String arg : args) {
                int objects = Integer.parseInt(arg);
                Path file = dir.resolve("9999-" + objects + ".zip");
                if (!Files.exists(file)) {
                    long g = System.nanoTime();
                    BagExtractGenerator.generate(file, objects);
                    System.out.printf(
                            "generated %s (%d MB) in %d s%n",
                            file, Files.size(file) >> 20, (System.nanoTime() - g) / 1_000_000_000L);
                }
                String line = load(url, file);
                System.out.println(line);
                long[] times = lookups(addresses, objects);
                rows.add(String.format(
                        Locale.ROOT,
                        "| %,d | %d MB | %s | %.1f | %.1f |",
                        objects,
                        Files.size(file) >> 20,
                        line,
                        times[0] / 1e3,
                        times[1] / 1e3));
            }
        }
        System.out.println("| objects | zip | loader (ms) | lookup p50 (ms) | lookup p95 (ms) |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static String load(String url, Path file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "nl.weerbaar.registries.bag.BagLoadMain",
                url,
                "postgres",
                file.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("  " + line);
                if (line.startsWith("objects=")) {
                    result = line;
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the loader failed");
        }
        return result;
    }

    /** p50 and p95 in microseconds of 1,000 lookups of random addresses (after 200 to warm up). */
    private static long[] lookups(BagAddresses addresses, int objects) {
        int addressCount = objects * 34 / 100;
        Random random = new Random(7);
        long[] times = new long[1000];
        int found = 0;
        for (int k = -200; k < times.length; k++) {
            int i = random.nextInt(addressCount);
            long start = System.nanoTime();
            var result = addresses.find(BagExtractGenerator.postcode(i), BagExtractGenerator.number(i), null, null);
            long took = (System.nanoTime() - start) / 1000;
            if (k >= 0) {
                times[k] = took;
                found += result.isEmpty() ? 0 : 1;
            }
        }
        Arrays.sort(times);
        System.out.printf("lookups: %d of %d found%n", found, times.length);
        return new long[] {times[499], times[949]};
    }
}
