package nl.weerbaar.addresses.signals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.registries.AddressMentions;
import org.springframework.stereotype.Component;

/** Mentions of the signal tests' own addresses only (ids starting 9999), set by the test. */
@Component
public class FixtureMentions implements AddressMentions {

    static final ConcurrentHashMap<String, Count> COUNTS = new ConcurrentHashMap<>();

    @Override
    public String source() {
        return "fixture";
    }

    @Override
    public Optional<Count> at(String bagId) {
        return Optional.ofNullable(COUNTS.get(bagId));
    }

    static void set(String bagId, int count) {
        if (count == 0) {
            COUNTS.remove(bagId);
        } else {
            COUNTS.put(bagId, new Count(count, LocalDate.of(2026, 11, 30)));
        }
    }
}
