package nl.weerbaar.assessments.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InstrumentParserTest {

    private final InstrumentParser parser = new InstrumentParser();

    static String resource(String name) throws IOException {
        try (InputStream in = InstrumentParserTest.class.getResourceAsStream("/instruments/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFivePillarScanLoadsWithAboutAHundredQuestionsAndFourPhases() throws IOException {
        Instrument scan = parser.parse(resource("weerbaarheidsscan.yaml"));
        assertThat(scan.pillars())
                .extracting(Instrument.Pillar::title)
                .containsExactly(
                        "Bewustwording en organisatie",
                        "Informatiepositie",
                        "Beleid en handhaving",
                        "Integere en veilige werkomgeving",
                        "Communicatie intern en extern");
        assertThat(scan.questionCount()).isBetween(90, 110);
        assertThat(scan.phases()).hasSize(4);
        assertThat(scan.questionsByKey().values())
                .allSatisfy(q -> assertThat(q.measure()).isNotBlank());
    }

    @Test
    void theBaselineHas26ThemesOfTrafficLightFactorsWithOwnerAndPriority() throws IOException {
        Instrument base = parser.parse(resource("basislijst.yaml"));
        var themes = base.pillars().stream().flatMap(p -> p.themes().stream()).toList();
        assertThat(themes).hasSize(26).allSatisfy(t -> {
            assertThat(t.owner()).isNotBlank();
            assertThat(t.priority()).isIn("low", "medium", "high");
        });
        assertThat(base.questionsByKey().values())
                .allSatisfy(q -> assertThat(q.type()).isEqualTo(AnswerType.TRAFFIC_LIGHT));
    }

    @Test
    void theVptChecklistHasTheEightMeasures() throws IOException {
        Instrument vpt = parser.parse(resource("vpt-checklist.yaml"));
        assertThat(vpt.questionsByKey().keySet())
                .containsExactlyInAnyOrder("VPT.1", "VPT.2", "VPT.3", "VPT.4", "VPT.5", "VPT.6", "VPT.7", "VPT.8");
    }

    @Test
    void phasesFollowThePercentThresholds() throws IOException {
        Instrument scan = parser.parse(resource("weerbaarheidsscan.yaml"));
        assertThat(scan.phaseFor(0).label()).isEqualTo("Verkennen");
        assertThat(scan.phaseFor(34.9).label()).isEqualTo("Verkennen");
        assertThat(scan.phaseFor(35).label()).isEqualTo("Opbouwen");
        assertThat(scan.phaseFor(84).label()).isEqualTo("Verankeren");
        assertThat(scan.phaseFor(100).label()).isEqualTo("Weerbaar");
    }

    @Test
    void answerTypesScoreFromZeroToOne() {
        assertThat(AnswerType.YES_PARTLY_NO.score("partly")).isEqualTo(0.5);
        assertThat(AnswerType.SCALE.score("4")).isEqualTo(0.75);
        assertThat(AnswerType.TRAFFIC_LIGHT.score("red")).isEqualTo(0.0);
        assertThat(AnswerType.TEXT.score("iets")).isNull();
        assertThat(AnswerType.NUMBER.accepts("12,5")).isTrue();
        assertThat(AnswerType.YES_PARTLY_NO.accepts("misschien")).isFalse();
    }

    private static final String VALID = """
      key: test
      version: 1
      title: Test
      kind: scan
      phases:
        - from: 0
          label: Begin
      pillars:
        - key: A
          title: Pijler A
          themes:
            - key: A.1
              title: Thema
              questions:
                - key: A.1.1
                  text: Vraag een
                  type: yes-partly-no
      """;

    @Test
    void aValidMinimalFileParses() {
        assertThat(parser.parse(VALID).questionCount()).isEqualTo(1);
    }

    @Test
    void aWrongAnswerTypeIsReportedOnItsLine() {
        var e = catchThrowableOfType(
                InvalidInstrumentException.class,
                () -> parser.parse(VALID.replace("type: yes-partly-no", "type: ja-nee")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(17);
            assertThat(p.code()).isEqualTo("choice");
        });
    }

    @Test
    void everyProblemIsReportedWithItsOwnLine() {
        String broken = VALID.replace("  label: Begin", "  labell: Begin")
                        .replace("text: Vraag een", "text: Vraag een\n            weight: zwaar")
                + "          - key: A.1.1\n            text: Dubbel\n            type: text\n";
        var e = catchThrowableOfType(InvalidInstrumentException.class, () -> parser.parse(broken));
        assertThat(e.problems())
                .extracting(InstrumentProblem::line, InstrumentProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, "unknown"),
                        org.assertj.core.groups.Tuple.tuple(6, "required"),
                        org.assertj.core.groups.Tuple.tuple(17, "number"),
                        org.assertj.core.groups.Tuple.tuple(19, "duplicateKey"));
    }

    @Test
    void aPillarWithMoreQuestionsThanOneFormCanCarryIsRefusedAtTheCapButNotBelowIt() {
        java.util.function.IntFunction<String> withQuestions = n -> {
            StringBuilder extra = new StringBuilder();
            for (int i = 2; i <= n; i++) {
                extra.append("          - key: A.1.x")
                        .append(i)
                        .append("\n            text: Vraag ")
                        .append(i)
                        .append("\n            type: text\n");
            }
            return VALID + extra;
        };
        int max = InstrumentParser.MAX_QUESTIONS_PER_PILLAR;
        assertThat(parser.parse(withQuestions.apply(max)).questionCount()).isEqualTo(max);
        var e = catchThrowableOfType(
                InvalidInstrumentException.class, () -> parser.parse(withQuestions.apply(max + 1)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("pillarSize");
            assertThat(p.args()).containsExactly("A", max + 1, max);
        });
        var huge = catchThrowableOfType(InvalidInstrumentException.class, () -> parser.parse(withQuestions.apply(200)));
        assertThat(huge.problems()).extracting(InstrumentProblem::code).containsExactly("pillarSize");
    }

    @Test
    void theShippedInstrumentsStayWithinThePillarCap() throws IOException {
        for (String name : java.util.List.of("weerbaarheidsscan.yaml", "basislijst.yaml", "vpt-checklist.yaml")) {
            for (Instrument.Pillar pillar : parser.parse(resource(name)).pillars()) {
                assertThat(pillar.themes().stream()
                                .mapToInt(t -> t.questions().size())
                                .sum())
                        .as(name + " " + pillar.key())
                        .isLessThanOrEqualTo(InstrumentParser.MAX_QUESTIONS_PER_PILLAR);
            }
        }
    }

    @Test
    void aYamlSyntaxErrorGivesTheLineOfTheProblem() {
        String broken = VALID.replace("    title: Pijler A", "    title: [Pijler A");
        var e = catchThrowableOfType(InvalidInstrumentException.class, () -> parser.parse(broken));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("syntax");
            assertThat(p.line()).isBetween(11, 13);
        });
    }

    @Test
    void phasesMustStartAtZeroAndRise() {
        var e = catchThrowableOfType(
                InvalidInstrumentException.class, () -> parser.parse(VALID.replace("- from: 0", "- from: 10")));
        assertThat(e.problems()).extracting(InstrumentProblem::code).containsExactly("phaseStart");
        assertThatThrownBy(() -> parser.parse("")).isInstanceOf(InvalidInstrumentException.class);
        assertThatThrownBy(() -> parser.parse("x".repeat(InstrumentParser.MAX_CHARS + 1)))
                .isInstanceOf(InvalidInstrumentException.class);
    }
}
