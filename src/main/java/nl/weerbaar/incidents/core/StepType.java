package nl.weerbaar.incidents.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up steps of a case, in their order, with the outcomes each may record: at most one of its
 * {@link #choices()} (they exclude each other: radio buttons) and any of its {@link #options()} (check boxes), where an
 * option in {@link #alone()} ("declined", "none available") goes with no other. Labels: {@code incidents.step.<name>},
 * outcomes {@code incidents.outcome.<outcome>}.
 */
public enum StepType {
    AFTERCARE(List.of(), List.of("PSYCHOLOGICAL", "PHYSICAL", "MATERIAL", "LEGAL", "DECLINED"), List.of("DECLINED")),
    PERPETRATOR_RESPONSE(List.of(), List.of("TALK", "LETTER", "WARNING", "BUILDING_BAN", "OTHER"), List.of()),
    POLICE_REPORT(List.of("AANGIFTE", "MELDING", "ELA", "NO_REPORT"), List.of("PUBLIC_TASK"), List.of()),
    EVIDENCE(List.of(), List.of("CAMERA_SECURED", "PHOTOS", "STATEMENTS", "NONE_AVAILABLE"), List.of("NONE_AVAILABLE")),
    DAMAGE_RECOVERY(List.of("NO_DAMAGE", "CLAIMED", "RECOVERED", "INSURANCE"), List.of(), List.of()),
    FEEDBACK(List.of(), List.of(), List.of()),
    LESSONS(List.of(), List.of(), List.of());

    private final List<String> choices;
    private final List<String> options;
    private final List<String> alone;

    StepType(List<String> choices, List<String> options, List<String> alone) {
        this.choices = choices;
        this.options = options;
        this.alone = alone;
    }

    /** Every outcome this step may record; empty when it has only notes. */
    public List<String> outcomes() {
        List<String> all = new ArrayList<>(choices);
        all.addAll(options);
        return List.copyOf(all);
    }

    /** Outcomes that exclude each other: at most one is recorded. */
    public List<String> choices() {
        return choices;
    }

    /** Outcomes that may go together. */
    public List<String> options() {
        return options;
    }

    /** Options that go with no other outcome. */
    public List<String> alone() {
        return alone;
    }

    /** Whether these outcomes may be recorded together: all of this step, one choice at most, an alone one alone. */
    public boolean allows(List<String> outcome) {
        if (!outcomes().containsAll(outcome)) {
            return false;
        }
        if (outcome.stream().filter(choices::contains).count() > 1) {
            return false;
        }
        return outcome.size() <= 1 || outcome.stream().noneMatch(alone::contains);
    }

    /** The step with this code, or null for a code that is none. */
    public static StepType of(String code) {
        for (StepType t : values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        return null;
    }
}
