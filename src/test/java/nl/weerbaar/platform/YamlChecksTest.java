package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

class YamlChecksTest {

    /** A tiny schema: a name (required, at most 5 characters), a count from 1 to 3 and a list of keys. */
    private static final class Run extends YamlChecks {
        String name;
        Integer count;
        List<String> keys;

        void read(Node root) {
            Map<String, Node> f = fields(root, "thing", Set.of("name", "count", "keys"));
            if (f == null) {
                return;
            }
            name = text(f, root, "name", true, 5);
            count = integer(f, root, "count", 1, 3);
            keys = list(f, root, "keys", n -> scalar(n, "keys"));
        }
    }

    private static List<String> problems(String yaml) {
        Run run = new Run();
        run.read(YamlChecks.compose(yaml, 1000));
        return run.problems().stream()
                .map(p -> p.line() + ":" + p.code() + p.args())
                .toList();
    }

    @Test
    void aValidTreeHasNoProblems() {
        Run run = new Run();
        run.read(YamlChecks.compose("name: abc\ncount: 2\nkeys: [a, b]\n", 1000));
        assertThat(run.problems()).isEmpty();
        assertThat(run.name).isEqualTo("abc");
        assertThat(run.count).isEqualTo(2);
        assertThat(run.keys).containsExactly("a", "b");
    }

    @Test
    void everyProblemIsReportedWithItsLineInOnePass() {
        assertThat(problems("name: toolong\ncount: 9\nextra: 1\nkeys: []\nname: again\n"))
                .containsExactly(
                        "3:unknown[extra, thing]",
                        "5:duplicateField[name, 1]",
                        "1:tooLong[name, 5]",
                        "2:range[count, 1, 3]",
                        "4:emptyList[keys]");
        assertThat(problems("count: x\nkeys: a\n"))
                .containsExactly("1:required[name]", "1:integer[count]", "2:list[keys]");
        assertThat(problems("- a\n")).containsExactly("1:mapping[thing]");
    }

    @Test
    void emptyTooLargeAndBrokenFilesAreRefusedAsAWhole() {
        assertThat(catchThrowableOfType(InvalidYamlException.class, () -> YamlChecks.compose(" \n", 1000))
                        .problems())
                .extracting(YamlProblem::code)
                .containsExactly("empty");
        var large =
                catchThrowableOfType(InvalidYamlException.class, () -> YamlChecks.compose("a: " + "x".repeat(20), 10));
        assertThat(large.problems()).containsExactly(new YamlProblem(1, "tooLarge", List.of(10)));
        var broken = catchThrowableOfType(InvalidYamlException.class, () -> YamlChecks.compose("a: 1\nb: [\n", 1000));
        assertThat(broken.problems()).extracting(YamlProblem::code).containsExactly("syntax");
        assertThat(broken.problems().get(0).line()).isGreaterThan(1);
    }
}
