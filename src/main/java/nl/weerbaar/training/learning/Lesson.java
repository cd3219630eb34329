package nl.weerbaar.training.learning;

import java.util.List;

/**
 * A short e-learning lesson as versioned data (like the scan instruments): a few pages to read and quiz questions
 * whose answers come back on a spaced-repetition schedule. A question's {@code key} is stable across versions, so a
 * person's schedule survives a new wording.
 */
public record Lesson(
        String key,
        int version,
        String title,
        int minutes,
        String summary,
        List<Page> pages,
        List<Question> questions) {

    public record Page(String heading, String text) {}

    /** One question with two to five options, exactly one of them right; the explanation follows the answer. */
    public record Question(String key, String text, List<String> options, int correct, String explanation) {}
}
