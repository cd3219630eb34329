package nl.weerbaar.addresses.signals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The BAG uses that fit an SBI division, read from {@code sbi-expected-use.csv} next to this class (ADR 1002): a
 * small table kept as data, so that changing it is a reviewed change of one file.
 */
final class ExpectedUses {

    private final Map<String, Set<String>> byDivision;

    ExpectedUses(Map<String, Set<String>> byDivision) {
        this.byDivision = Map.copyOf(byDivision);
    }

    static ExpectedUses load() {
        try (InputStream in = ExpectedUses.class.getResourceAsStream("sbi-expected-use.csv")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExpectedUses parse(String text) {
        Map<String, Set<String>> map = new HashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(";", 3);
            Set<String> uses = Set.copyOf(List.of(parts[1].strip().split("\\s*,\\s*")));
            String[] range = parts[0].strip().split("-");
            int from = Integer.parseInt(range[0]);
            int to = Integer.parseInt(range[range.length - 1]);
            for (int d = from; d <= to; d++) {
                map.put("%02d".formatted(d), uses);
            }
        }
        return new ExpectedUses(map);
    }

    /** The uses that fit the main activity {@code sbiCode}; empty when its division is not in the table. */
    Optional<Set<String>> forCode(String sbiCode) {
        if (sbiCode == null || sbiCode.length() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDivision.get(sbiCode.substring(0, 2)));
    }
}
