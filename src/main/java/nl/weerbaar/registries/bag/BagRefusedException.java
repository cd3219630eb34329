package nl.weerbaar.registries.bag;

import java.util.List;

/**
 * An extract or mutation file the loader does not take, with a message key ({@code registries.bag.error.*}) and its
 * arguments. Nothing of it has been written when this is thrown.
 */
public class BagRefusedException extends RuntimeException {

    private final String key;
    private final List<Object> arguments;

    public BagRefusedException(String key, Object... arguments) {
        super(key + " " + List.of(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
