package nl.weerbaar.processes.people;

import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaar.processes.VulnerablePositions;
import org.springframework.stereotype.Component;

/** {@link VulnerablePositions} from the positions of the register, with the same rule as its positions page. */
@Component
class VulnerablePositionNames implements VulnerablePositions {

    private final Functions functions;

    VulnerablePositionNames(Functions functions) {
        this.functions = functions;
    }

    @Override
    public Set<String> names() {
        return functions.positions().stream()
                .filter(Functions.Position::vulnerable)
                .map(Functions.Position::name)
                .collect(Collectors.toUnmodifiableSet());
    }
}
