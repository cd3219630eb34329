package nl.weerbaar.processes.people;

import java.util.List;

/**
 * The outcome of one import: either {@code rows} were loaded, or there are problems and nothing was loaded.
 * {@code problems} holds at most {@link #SHOWN} problems; {@code problemCount} counts them all.
 */
public record ImportResult(String kind, int rows, String encoding, List<Problem> problems, int problemCount) {

    static final int SHOWN = 200;

    /** A problem on a line of the file (line 1 is the header; 0 is the file as a whole). */
    public record Problem(long line, String messageKey, Object... args) {}

    public boolean ok() {
        return problemCount == 0;
    }
}
