package nl.weerbaar.platform;

import java.util.List;

/** A YAML file that cannot be used as it is; carries every problem found, by line. */
public class InvalidYamlException extends RuntimeException {

    private final transient List<YamlProblem> problems;

    public InvalidYamlException(List<YamlProblem> problems) {
        super(problems.size() + " problem(s), first on line " + problems.get(0).line() + ": "
                + problems.get(0).code());
        this.problems = List.copyOf(problems);
    }

    public List<YamlProblem> problems() {
        return problems;
    }
}
