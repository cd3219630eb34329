package nl.weerbaar.addresses.signals;

import java.util.List;

/**
 * A signal about an address: the rule that fired and the facts behind it, as message arguments for
 * {@code signals.why.<rule>} — never a finding. {@code names} are the establishments the rule counted.
 */
public record Signal(Rule rule, List<Object> facts, List<String> names) {

    public Signal {
        facts = List.copyOf(facts);
        names = List.copyOf(names);
    }

    public String whyKey() {
        return "signals.why." + rule.key();
    }

    public Object[] arguments() {
        return facts.toArray();
    }
}
