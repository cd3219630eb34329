package nl.weerbaar.assessments.instrument;

import java.util.List;

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
}
