package nl.weerbaar.assessments.instrument;

import java.util.List;
import nl.weerbaar.platform.InvalidYamlException;
import nl.weerbaar.platform.YamlChecks;
import nl.weerbaar.platform.YamlProblem;
import org.yaml.snakeyaml.nodes.Node;

/** An instrument file that does not follow the schema; carries every problem found, by line. */
public class InvalidInstrumentException extends RuntimeException {

    private final transient List<InstrumentProblem> problems;

    public InvalidInstrumentException(List<InstrumentProblem> problems) {
        super(problems.size() + " problem(s), first on line " + problems.get(0).line() + ": "
                + problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    public List<InstrumentProblem> problems() {
        return problems;
    }

    /** The problems the platform's YAML checks found, as instrument problems. */
    static InvalidInstrumentException of(List<YamlProblem> problems) {
        return new InvalidInstrumentException(problems.stream()
                .map(p -> new InstrumentProblem(p.line(), p.code(), p.args()))
                .toList());
    }

    /** {@link YamlChecks#compose}, refusing with this exception. */
    static Node compose(String source, int maxChars) {
        try {
            return YamlChecks.compose(source, maxChars);
        } catch (InvalidYamlException e) {
            throw of(e.problems());
        }
    }
}
