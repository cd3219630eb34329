package nl.weerbaar.addresses.signals;

import java.util.List;

/**
 * A signal about an address: the rule that fired and the facts behind it, as message arguments for
 * {@code signals.why.<rule>} — never a finding. {@code names} are the establishments the rule counted.
 */
record Signal(Rule rule, List<Object> facts, List<String> names) {

    Signal {
        facts = List.copyOf(facts);
        names = List.copyOf(names);
    }

    String whyKey() {
        return "signals.why." + rule.key();
    }

    Object[] arguments() {
        return facts.toArray();
    }
}
