package nl.weerbaar.surveys.internal;

import java.util.List;

/**
 * One question. {@code code} is stable across versions and municipalities (the benchmark compares by it);
 * for a CHOICE question the answer is the index of an option, and {@code indicator} lists the option indexes that
 * count towards the headline share (e.g. "at least once"). A TEXT question has no options and is free text.
 */
public record Question(String code, Kind kind, String text, List<String> options, List<Integer> indicator) {

    public enum Kind {
        CHOICE,
        TEXT
    }

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        indicator = indicator == null ? List.of() : List.copyOf(indicator);
    }

    public boolean choice() {
        return kind == Kind.CHOICE;
    }

    /** The options that count towards the headline share, joined for display. */
    public String indicatorLabel() {
        return String.join(
                " / ",
                indicator.stream()
                        .filter(i -> i < options.size())
                        .map(options::get)
                        .toList());
    }

    Question withText(String newText) {
        return new Question(code, kind, newText, options, indicator);
    }
}
