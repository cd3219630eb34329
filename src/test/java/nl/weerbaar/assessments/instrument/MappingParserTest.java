package nl.weerbaar.assessments.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingParserTest {

    private final Map<String, Instrument> shipped = new HashMap<>();
    private final MappingParser parser = new MappingParser(key -> Optional.ofNullable(shipped.get(key)));

    MappingParserTest() throws IOException {
        InstrumentParser instruments = new InstrumentParser();
        for (String file : Instruments.SHIPPED) {
            Instrument i = instruments.parse(InstrumentParserTest.resource(file));
            shipped.put(i.key(), i);
        }
    }

    private static final String HEAD = """
      key: test-koppeling
      version: 1
      title: Test
      """;

    private List<InstrumentProblem> problems(String source) {
        return catchThrowableOfType(InvalidInstrumentException.class, () -> parser.parse(source))
                .problems();
    }

    @Test
    void theShippedMappingLinksTheThreeInstrumentsWithTrafficLightsForYesPartlyNo() throws IOException {
        Mapping m = parser.parse(InstrumentParserTest.resource("mappings/kruisverwijzing.yaml"));
        assertThat(m.links()).hasSizeGreaterThan(40);
        assertThat(m.links()).allSatisfy(l -> assertThat(l.reversible()).isTrue());
        // a scan answer counts for the VPT checklist and the baseline; a baseline answer goes back to the scan
        assertThat(m.sourcesFor("vpt-checklist", "VPT.5"))
                .extracting(s -> s.from().toString())
                .containsExactlyInAnyOrder("weerbaarheidsscan/BH.4.4", "basislijst/MED.3.2");
        Mapping.Source fromBaseline = m.sourcesFor("vpt-checklist", "VPT.5").stream()
                .filter(s -> s.from().instrument().equals("basislijst"))
                .findFirst()
                .orElseThrow();
        assertThat(fromBaseline.convert("orange")).isEqualTo("partly");
        Mapping.Source toBaseline = m.sourcesFor("basislijst", "MED.3.2").stream()
                .filter(s -> s.from().instrument().equals("weerbaarheidsscan"))
                .findFirst()
                .orElseThrow();
        assertThat(toBaseline.convert("yes")).isEqualTo("green");
        assertThat(toBaseline.convert("no")).isEqualTo("red");
        assertThat(m.sourcesFor("weerbaarheidsscan", "BO.1.1")).isEmpty();
    }

    @Test
    void everyProblemIsReportedWithItsOwnLine() {
        String source = HEAD + """
        links:
          - a: weerbaarheidsscan/BH.4.4
            b: vpt-checklist/VPT.5
          - a: weerbaarheidsscan/XX.9
            b: vpt-checklist/VPT.6
          - a: onbekend/VPT.1
            b: vpt-checklist/VPT.1
          - a: vpt-checklist/VPT.5
            b: weerbaarheidsscan/BH.4.4
          - a: weerbaarheidsscan/BH.4.3
            b: basislijst/MED.3.1
          - a: vpt-checklist/VPT.1
            b: vpt-checklist/VPT.2
          - a: zonder-schuine-streep
            b: basislijst/MED.1.1
            kleur: rood
        """;
        assertThat(problems(source))
                .extracting(p -> p.line() + ":" + p.code())
                .containsExactly(
                        "7:unknownQuestion",
                        "9:unknownInstrument",
                        "11:duplicateLink",
                        "13:noConversion",
                        "16:sameInstrument",
                        "19:unknown",
                        "17:reference");
    }

    @Test
    void aConversionMustCoverEveryValueWithValuesOfTheOtherType() {
        String source = HEAD + """
        conversions:
          - from: yes-partly-no
            to: green-orange-red
            values:
              yes: green
              partly: blauw
          - from: scale-1-5
            to: text
            values: {}
        links:
          - a: weerbaarheidsscan/BH.4.3
            b: basislijst/MED.3.1
            values:
              yes: green
              no: red
        """;
        assertThat(problems(source))
                .extracting(p -> p.line() + ":" + p.code())
                .containsExactly("9:value", "11:choice", "17:valuesMissing");
    }

    @Test
    void aManyToOneConversionWorksOneWayOnly() {
        String source = HEAD + """
        links:
          - a: basislijst/MED.3.1
            b: weerbaarheidsscan/BH.4.3
            values: {green: yes, orange: no, red: no}
        """;
        Mapping m = parser.parse(source);
        assertThat(m.links().get(0).reversible()).isFalse();
        assertThat(m.sourcesFor("weerbaarheidsscan", "BH.4.3"))
                .singleElement()
                .satisfies(s -> assertThat(s.convert("orange")).isEqualTo("no"));
        assertThat(m.sourcesFor("basislijst", "MED.3.1")).isEmpty();
    }
}
