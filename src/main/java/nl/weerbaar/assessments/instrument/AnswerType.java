package nl.weerbaar.assessments.instrument;

import java.util.List;

/**
 * How a question is answered and what an answer scores: a number from 0 (worst) to 1 (best), or null for
 * types that are not scored (number, text) and for values the type does not know.
 */
public enum AnswerType {
    YES_PARTLY_NO("yes-partly-no", List.of("yes", "partly", "no")),
    SCALE("scale-1-5", List.of("1", "2", "3", "4", "5")),
    TRAFFIC_LIGHT("green-orange-red", List.of("green", "orange", "red")),
    NUMBER("number", List.of()),
    TEXT("text", List.of());

    private final String code;
    private final List<String> values;

    AnswerType(String code, List<String> values) {
        this.code = code;
        this.values = values;
    }

    public String code() {
        return code;
    }

    /** The values a user chooses from (best first, scales from 1 to 5); empty for free input. */
    public List<String> choices() {
        return values;
    }

    public boolean scored() {
        return !values.isEmpty();
    }

    public static AnswerType byCode(String code) {
        for (AnswerType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }

    /** Whether {@code value} is an acceptable answer (numbers: a decimal number). */
    public boolean accepts(String value) {
        return switch (this) {
            case NUMBER -> value.matches("-?\\d{1,12}([.,]\\d{1,4})?");
            case TEXT -> value.length() <= 2000;
            default -> values.contains(value);
        };
    }

    /** 0..1, or null when not scored. */
    public Double score(String value) {
        if (value == null || !scored()) {
            return null;
        }
        int i = values.indexOf(value);
        if (this == SCALE && i >= 0) {
            return i / 4.0;
        }
        return i < 0 ? null : 1.0 - (double) i / (values.size() - 1);
    }
}
