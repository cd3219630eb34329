package nl.weerbaar.incidents;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.platform.DemoStory;

/**
 * The incidents of the demo story (not of real municipalities): two years up to {@code today} per demo municipality,
 * deterministic (the same municipality and day give the same incidents), with a winter peak and a summer dip, and a
 * measure at the public counter ({@link #MEASURE_MONTHS_AGO} months back) after which counter incidents of that
 * department fall by more than half. The incidents module stores them as cases; the insights module counts the same
 * list in its read model, so the analyses and the cases agree.
 */
public final class DemoIncidents {

    /** How many months before the story is told the measure at the counter was taken. */
    public static final int MEASURE_MONTHS_AGO = 9;

    /** One incident of the story; department by code; times null when that step was not (yet) done. */
    public record Incident(
            UUID id,
            Instant occurredAt,
            Instant registeredAt,
            String department,
            List<String> kinds,
            String locationType,
            String relation,
            String perpetratorKey,
            String severity,
            boolean confidential,
            Instant aftercareAt,
            Instant responseAt,
            Instant feedbackAt,
            Instant closedAt) {}

    /** Incidents per month on average, weights per department code and the department where the measure was taken. */
    private record Profile(double perMonth, Map<String, Integer> departments, String measured) {}

    private static final Map<String, Integer> CITY = Map.ofEntries(
            Map.entry("BZ", 30),
            Map.entry("VG", 12),
            Map.entry("TH", 18),
            Map.entry("SD", 20),
            Map.entry("BEL", 6),
            Map.entry("FIN", 2),
            Map.entry("OOV", 4),
            Map.entry("BST", 3),
            Map.entry("INK", 2),
            Map.entry("GRF", 1),
            Map.entry("IV", 1),
            Map.entry("HRM", 1));

    private static final Map<String, Integer> TOWN = Map.of("BZ", 30, "VG", 15, "TH", 20, "SD", 25, "BEL", 6, "BST", 4);

    private static final Map<UUID, Profile> PROFILES = Map.of(
            DemoStory.VOORBEELDSTAD, new Profile(24, CITY, "BZ"),
            DemoStory.KLEINDORP, new Profile(3.5, Map.of("PUB", 60, "RO", 30, "BST", 10), "PUB"),
            DemoStory.ZEESTAD, new Profile(15, TOWN, "BZ"),
            DemoStory.HEUVELRIJK, new Profile(10, TOWN, null),
            DemoStory.POLDERWAARD, new Profile(7, TOWN, null));

    private static final double[] SEASON = {1.3, 1.2, 1.05, 1.0, 0.95, 0.85, 0.65, 0.7, 1.0, 1.05, 1.1, 1.25};

    private DemoIncidents() {}

    /** The story's incidents of {@code municipality} (empty for a municipality outside the story), oldest first. */
    public static List<Incident> of(UUID municipality, LocalDate today, java.time.ZoneId zone) {
        Profile profile = PROFILES.get(municipality);
        if (profile == null) {
            return List.of();
        }
        Random random = new Random(municipality.getLeastSignificantBits() ^ 2026L);
        List<String> codes = profile.departments().keySet().stream().sorted().toList();
        int total = codes.stream().mapToInt(profile.departments()::get).sum();
        LocalDate measure = today.minusMonths(MEASURE_MONTHS_AGO);
        Instant now = today.atTime(12, 0).atZone(zone).toInstant();
        List<Incident> out = new ArrayList<>();
        int n = 0;
        for (LocalDate day = today.minusYears(2); day.isBefore(today); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double expected =
                    profile.perMonth() * 12 / 365.0 * SEASON[day.getMonthValue() - 1] * (weekend ? 0.3 : 1.25);
            int count = poisson(random, expected);
            for (int i = 0; i < count; i++) {
                String department = pick(random, codes, profile.departments(), total);
                String location = location(random, department);
                if (department.equals(profile.measured())
                        && location.equals("COUNTER")
                        && !day.isBefore(measure)
                        && random.nextDouble() < 0.6) {
                    continue; // the measure at the counter: fewer incidents there from then on
                }
                Instant occurred = day.atTime(8 + random.nextInt(9), random.nextInt(60))
                        .atZone(zone)
                        .toInstant();
                Instant registered = occurred.plus(Duration.ofMinutes(10 + random.nextInt(36 * 60)));
                if (!registered.isBefore(now)) {
                    registered = occurred.plus(Duration.ofMinutes(5));
                }
                boolean old = Duration.between(registered, now).toDays() > 45;
                Instant aftercare = done(random, old ? 0.92 : 0.7, registered, 30, now);
                Instant response = done(random, old ? 0.82 : 0.5, registered, 60, now);
                Instant feedback = done(random, old ? 0.95 : 0.35, registered, 10 * 24, now);
                Instant closed = feedback != null && random.nextDouble() < (old ? 0.97 : 0.5)
                        ? later(feedback, random, 48, now)
                        : null;
                out.add(new Incident(
                        UUID.nameUUIDFromBytes((municipality + "/" + n++).getBytes(StandardCharsets.UTF_8)),
                        occurred,
                        registered,
                        department,
                        kinds(random, department),
                        location,
                        relation(random, department),
                        random.nextDouble() < 0.3 ? "demo-" + random.nextInt(40) : null,
                        severity(random),
                        random.nextDouble() < 0.02,
                        aftercare,
                        response,
                        feedback,
                        closed));
            }
        }
        return out;
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    private static String pick(Random random, List<String> codes, Map<String, Integer> weights, int total) {
        int r = random.nextInt(total);
        for (String c : codes) {
            r -= weights.get(c);
            if (r < 0) {
                return c;
            }
        }
        return codes.get(codes.size() - 1);
    }

    private static String location(Random random, String department) {
        double r = random.nextDouble();
        return switch (department) {
            case "BZ", "PUB", "BEL" -> r < 0.7 ? "COUNTER" : r < 0.9 ? "PHONE" : "ONLINE";
            case "TH" -> r < 0.75 ? "STREET" : r < 0.9 ? "PHONE" : "ONLINE";
            case "SD" -> r < 0.45 ? "HOME_VISIT" : r < 0.8 ? "PHONE" : "COUNTER";
            case "VG", "RO", "INK" -> r < 0.5 ? "COUNTER" : r < 0.8 ? "ONLINE" : "PHONE";
            default -> r < 0.5 ? "ONLINE" : r < 0.8 ? "PHONE" : "OTHER";
        };
    }

    private static List<String> kinds(Random random, String department) {
        double r = random.nextDouble();
        String first = switch (department) {
            case "VG", "RO", "INK" -> r < 0.35 ? "BRIBERY" : r < 0.7 ? "INTIMIDATION" : "ONLINE_THREAT";
            case "TH" -> r < 0.4 ? "THREAT_VIOLENCE" : r < 0.7 ? "VERBAL_AGGRESSION" : "PHYSICAL_VIOLENCE";
            case "BST", "GRF" -> r < 0.5 ? "ONLINE_THREAT" : r < 0.8 ? "INTIMIDATION" : "STALKING";
            default -> r < 0.55 ? "VERBAL_AGGRESSION" : r < 0.8 ? "INTIMIDATION" : "THREAT_ESCALATION";
        };
        return random.nextDouble() < 0.15 && !first.equals("THREAT_VIOLENCE")
                ? List.of(first, "THREAT_VIOLENCE")
                : List.of(first);
    }

    private static String relation(Random random, String department) {
        double r = random.nextDouble();
        return switch (department) {
            case "SD" -> r < 0.8 ? "CLIENT" : "CITIZEN";
            case "VG", "RO", "INK" -> r < 0.7 ? "ENTREPRENEUR" : "CITIZEN";
            default -> r < 0.8 ? "CITIZEN" : r < 0.9 ? "UNKNOWN" : "OTHER";
        };
    }

    private static String severity(Random random) {
        double r = random.nextDouble();
        return r < 0.45 ? "LOW" : r < 0.8 ? "MEDIUM" : r < 0.96 ? "HIGH" : "CRITICAL";
    }

    private static Instant done(Random random, double chance, Instant from, int hours, Instant now) {
        return random.nextDouble() < chance ? later(from, random, hours, now) : null;
    }

    private static Instant later(Instant from, Random random, int hours, Instant now) {
        Instant at = from.plus(Duration.ofMinutes(30 + random.nextInt(hours * 60)));
        return at.isBefore(now) ? at : null;
    }
}
