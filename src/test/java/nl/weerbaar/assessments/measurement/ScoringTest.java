package nl.weerbaar.assessments.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.InstrumentParser;
import org.junit.jupiter.api.Test;

class ScoringTest {

    static Instrument load(String name) throws IOException {
        try (InputStream in = ScoringTest.class.getResourceAsStream("/instruments/" + name)) {
            return new InstrumentParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Map<String, String> all(Instrument i, String value) {
        Map<String, String> v = new HashMap<>();
        i.questionsByKey().keySet().forEach(k -> v.put(k, value));
        return v;
    }

    @Test
    void vptChecklistPhasesFollowTheShareOfMeasuresInPlace() throws IOException {
        Instrument vpt = load("vpt-checklist.yaml");
        assertThat(Scoring.score(vpt, all(vpt, "yes"))).singleElement().satisfies(s -> {
            assertThat(s.percent()).isEqualTo(100.0);
            assertThat(s.phase().label()).isEqualTo("Op orde");
        });
        Map<String, String> half = all(vpt, "yes");
        half.putAll(Map.of("VPT.5", "no", "VPT.6", "no", "VPT.7", "no", "VPT.8", "no"));
        assertThat(Scoring.score(vpt, half).get(0).phase().label()).isEqualTo("Deels op orde");
        assertThat(Scoring.score(vpt, all(vpt, "no")).get(0).phase().label()).isEqualTo("Nog niet op orde");
        assertThat(Scoring.score(vpt, all(vpt, "partly")).get(0).percent()).isEqualTo(50.0);
    }

    @Test
    void theScanWeighsTheFirstQuestionOfEachThemeDouble() throws IOException {
        Instrument scan = load("weerbaarheidsscan.yaml");
        Map<String, String> answers = new HashMap<>();
        // pillar BO: only the theme leaders (weight 2) yes, the rest no
        scan.pillar("BO")
                .orElseThrow()
                .themes()
                .forEach(t -> t.questions()
                        .forEach(q -> answers.put(
                                q.key(), q.key().endsWith(".1") && q.key().split("\\.").length == 3 ? "yes" : "no")));
        var bo = Scoring.score(scan, answers).get(0);
        // 4 themes: 4 leaders × 2 = 8 of (8 + 15 others) = 34.8 %
        assertThat(bo.percent()).isCloseTo(100.0 * 8 / 23, org.assertj.core.data.Offset.offset(0.01));
        assertThat(bo.phase().label()).isEqualTo("Verkennen");
        assertThat(Scoring.score(scan, all(scan, "partly")))
                .allSatisfy(s -> assertThat(s.phase().label()).isEqualTo("Opbouwen"));
        assertThat(Scoring.score(scan, all(scan, "yes")))
                .allSatisfy(s -> assertThat(s.phase().label()).isEqualTo("Weerbaar"));
        assertThat(Scoring.score(scan, Map.of()).get(1).percent()).isNull();
    }

    @Test
    void theBaselineScoresTrafficLights() throws IOException {
        Instrument base = load("basislijst.yaml");
        Map<String, String> v = all(base, "green");
        v.put("BST.1.1", "red");
        var bst = Scoring.score(base, v).get(0);
        assertThat(bst.percent()).isCloseTo(100.0 * 7 / 8, org.assertj.core.data.Offset.offset(0.01));
        assertThat(bst.phase().label()).isEqualTo("Op orde");
        assertThat(Scoring.score(base, all(base, "orange")).get(0).phase().label())
                .isEqualTo("Verbetering gewenst");
    }
}
