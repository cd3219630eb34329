package nl.weerbaar.bench.insights;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills one municipality's analysis tables with realistic incidents: ten years of a large city with growth over
 * the years, a winter peak and a summer dip, more incidents at counters (public services, social services,
 * enforcement) than in back offices, kinds that depend on the department, repeat perpetrators (a skewed pool),
 * and follow-up that is mostly complete for old incidents and often open for recent ones. Written with COPY as
 * the schema owner, then the monthly counts are rebuilt and the tables analysed.
 */
final class IncidentGenerator {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final double[] MONTH_WEIGHT = {1.25, 1.1, 1.0, 0.95, 0.9, 0.85, 0.7, 0.75, 1.0, 1.05, 1.15, 1.3};
    private static final String[] KINDS = {
        "VERBAL_AGGRESSION",
        "INTIMIDATION",
        "THREAT_ESCALATION",
        "THREAT_VIOLENCE",
        "THREAT_FAMILY",
        "STALKING",
        "ONLINE_THREAT",
        "PROPERTY_DAMAGE",
        "PHYSICAL_VIOLENCE",
        "DISCRIMINATION",
        "BRIBERY",
        "OTHER"
    };
    private static final double[] KIND_WEIGHT = {40, 15, 10, 8, 2, 2, 8, 4, 3, 4, 2, 2};
    private static final String[] LOCATIONS = {"COUNTER", "STREET", "HOME_VISIT", "ONLINE", "PHONE", "OTHER"};
    private static final double[] LOCATION_WEIGHT = {40, 15, 10, 12, 20, 3};
    private static final String[] RELATIONS = {"CITIZEN", "CLIENT", "ENTREPRENEUR", "COLLEAGUE", "OTHER", "UNKNOWN"};
    private static final double[] RELATION_WEIGHT = {45, 30, 8, 3, 4, 10};
    private static final String[] SEVERITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final double[] SEVERITY_WEIGHT = {40, 40, 15, 5};

    record Department(UUID id, String code, double weight, String[] processes) {}

    private final SplittableRandom random = new SplittableRandom(20261123L);

    /** Generates {@code count} incidents for {@code tenant} ending today, spread over {@code years}. */
    void generate(
            Connection owner, UUID tenant, List<Department> departments, List<UUID> positions, int count, int years)
            throws SQLException, IOException {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate start = today.minusYears(years);
        int days = (int) (today.toEpochDay() - start.toEpochDay());
        double[] departmentWeights =
                departments.stream().mapToDouble(Department::weight).toArray();
        CopyManager copy = ((PGConnection) owner.unwrap(PGConnection.class)).getCopyAPI();
        StringBuilder facts = new StringBuilder();
        StringBuilder kinds = new StringBuilder();
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            LocalDate day = pickDay(start, days, years);
            Instant occurred = day.atStartOfDay(ZONE)
                    .plusMinutes(7 * 60 + random.nextInt(11 * 60))
                    .toInstant();
            Instant registered = occurred.plus(Duration.ofMinutes(5 + random.nextInt(48 * 60)));
            Department d = departments.get(pick(departmentWeights));
            UUID position = positions.get(random.nextInt(positions.size()));
            String process = d.processes()[
                    Math.min(d.processes().length - 1, (int)
                            (d.processes().length * Math.pow(random.nextDouble(), 1.6)))];
            String key = random.nextDouble() < 0.4 ? "p" + (int) (200_000 * Math.pow(random.nextDouble(), 3)) : null;
            boolean old = Duration.between(registered, now).toDays() > 60;
            Instant aftercare = random.nextDouble() < (old ? 0.85 : 0.6) ? later(registered, 20) : null;
            Instant response = random.nextDouble() < (old ? 0.75 : 0.45) ? later(registered, 40) : null;
            Instant feedback = random.nextDouble() < (old ? 0.9 : 0.4) ? later(registered, 150) : null;
            Instant closed = feedback != null && random.nextDouble() < (old ? 0.97 : 0.5) ? later(feedback, 48) : null;
            if (closed != null && closed.isAfter(now)) {
                closed = null;
            }
            UUID id = UUID.randomUUID();
            facts.append(tenant)
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(occurred)
                    .append(',')
                    .append(day)
                    .append(',')
                    .append(registered)
                    .append(',')
                    .append(d.id())
                    .append(',')
                    .append(position)
                    .append(',')
                    .append(process)
                    .append(',')
                    .append(LOCATIONS[pick(LOCATION_WEIGHT)])
                    .append(',')
                    .append(RELATIONS[pick(RELATION_WEIGHT)])
                    .append(',')
                    .append(key == null ? "" : key)
                    .append(',')
                    .append(SEVERITIES[pick(SEVERITY_WEIGHT)])
                    .append(',')
                    .append(random.nextDouble() < 0.03)
                    .append(',')
                    .append(value(aftercare))
                    .append(',')
                    .append(value(response))
                    .append(',')
                    .append(value(feedback))
                    .append(',')
                    .append(value(closed))
                    .append('\n');
            String first = kindFor(d);
            String perpetrator = key == null ? "" : key;
            kinds.append(tenant)
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(first)
                    .append(',')
                    .append(day)
                    .append(',')
                    .append(d.id())
                    .append(',')
                    .append(perpetrator)
                    .append('\n');
            if (random.nextDouble() < 0.2) {
                String second = KINDS[pick(KIND_WEIGHT)];
                if (!second.equals(first)) {
                    kinds.append(tenant)
                            .append(',')
                            .append(id)
                            .append(',')
                            .append(second)
                            .append(',')
                            .append(day)
                            .append(',')
                            .append(d.id())
                            .append(',')
                            .append(perpetrator)
                            .append('\n');
                }
            }
            if ((i + 1) % 100_000 == 0 || i == count - 1) {
                copy.copyIn(
                        "COPY insights_incident (tenant_id, incident_id, occurred_at, occurred_on, registered_at,"
                                + " department_id, position_id, work_process, location_type, perpetrator_relation, perpetrator_key,"
                                + " severity, confidential, aftercare_at, perpetrator_response_at, feedback_at, closed_at)"
                                + " FROM STDIN WITH (FORMAT csv)",
                        new StringReader(facts.toString()));
                copy.copyIn(
                        "COPY insights_incident_kind (tenant_id, incident_id, kind, occurred_on, department_id, perpetrator_key)"
                                + " FROM STDIN WITH (FORMAT csv)",
                        new StringReader(kinds.toString()));
                facts.setLength(0);
                kinds.setLength(0);
                System.out.printf("  %,d incidents written%n", i + 1);
            }
        }
        try (Statement st = owner.createStatement()) {
            st.execute("SELECT set_config('app.tenant_id', '" + tenant + "', false)");
            st.execute("SELECT insights_rebuild_month_counts()");
            st.execute("VACUUM ANALYZE insights_incident");
            st.execute("VACUUM ANALYZE insights_incident_kind");
            st.execute("VACUUM ANALYZE insights_month_count");
            st.execute("VACUUM ANALYZE insights_kind_month_count");
            st.execute("VACUUM ANALYZE insights_month_followup");
        }
    }

    /** A day with yearly growth (recent years busier) and the seasonal pattern. */
    private LocalDate pickDay(LocalDate start, int days, int years) {
        while (true) {
            int offset = random.nextInt(days);
            LocalDate day = start.plusDays(offset);
            double growth = 0.6 + 0.8 * offset / days;
            double weight = growth
                    * MONTH_WEIGHT[day.getMonthValue() - 1]
                    * (day.getDayOfWeek().getValue() >= 6 ? 0.3 : 1.0);
            if (random.nextDouble() * 1.75 < weight) {
                return day;
            }
        }
    }

    private String kindFor(Department d) {
        return switch (d.code()) {
            case "VG", "INK" -> random.nextDouble() < 0.3 ? "BRIBERY" : KINDS[pick(KIND_WEIGHT)];
            case "TH" -> random.nextDouble() < 0.3 ? "THREAT_VIOLENCE" : KINDS[pick(KIND_WEIGHT)];
            case "BST", "GRF" -> random.nextDouble() < 0.4 ? "ONLINE_THREAT" : KINDS[pick(KIND_WEIGHT)];
            default -> KINDS[pick(KIND_WEIGHT)];
        };
    }

    private Instant later(Instant from, double meanHours) {
        return from.plus(Duration.ofMinutes((long) (-Math.log(1 - random.nextDouble()) * meanHours * 60)));
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String value(Instant t) {
        return t == null ? "" : t.toString();
    }

    static List<Department> departments(List<Object[]> rows) {
        List<Department> list = new ArrayList<>();
        for (Object[] row : rows) {
            String code = (String) row[1];
            double weight = switch (code) {
                case "BZ" -> 25;
                case "SD" -> 22;
                case "TH" -> 15;
                case "VG" -> 8;
                case "BEL" -> 8;
                case "OOV" -> 5;
                case "BST", "GRF" -> 3;
                default -> 2;
            };
            String[] processes = switch (code) {
                case "BZ" ->
                    new String[] {"Paspoort en identiteitskaart", "Rijbewijs", "Verhuizing", "Uittreksel", "Huwelijk"};
                case "SD" ->
                    new String[] {"Bijstandsaanvraag", "Terugvordering", "Wmo-indicatie", "Schuldhulp", "Huisbezoek"};
                case "TH" -> new String[] {"Parkeerhandhaving", "Controle horeca", "Bouwtoezicht", "Afval en overlast"};
                case "VG" ->
                    new String[] {"Horecavergunning", "Omgevingsvergunning", "Evenementenvergunning", "Bibob-toets"};
                case "BEL" -> new String[] {"Aanslag OZB", "Kwijtschelding", "Invordering"};
                default -> new String[] {"Overig " + code};
            };
            list.add(new Department((UUID) row[0], code, weight, processes));
        }
        return list;
    }
}
