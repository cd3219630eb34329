package nl.weerbaar.assessments.instrument;

import java.util.List;

/**
 * One reason an instrument file is refused: the 1-based line it is on, a message key
 * ({@code assessments.instrument.error.<code>}) and the message's arguments.
 */
public record InstrumentProblem(int line, String code, List<Object> args) {

    public String messageKey() {
        return "assessments.instrument.error." + code;
    }

    public Object[] messageArgs() {
        return args.toArray();
    }
}
