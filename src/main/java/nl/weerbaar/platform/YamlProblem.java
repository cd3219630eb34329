package nl.weerbaar.platform;

import java.util.List;

/**
 * One problem in a YAML file: the 1-based line it is on, a code and the arguments of its message. The module that
 * reads the file turns the code into its message key ({@code <module prefix>.<code>}), so it words the problem in
 * its own terms; see {@link YamlChecks} for the codes of the common checks.
 */
public record YamlProblem(int line, String code, List<Object> args) {

    public YamlProblem {
        args = List.copyOf(args);
    }
}
