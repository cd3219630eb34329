package nl.weerbaar.training.learning;

/**
 * A model of how well an employee remembers one quiz question and when to ask it again. The scheduler behind it is
 * FSRS ({@link Fsrs}); the rest of the module sees only this.
 */
public interface Recall {

    /** How an answer went, in the four grades of the algorithm; a quiz answer is {@link #AGAIN} or {@link #GOOD}. */
    enum Grade {
        AGAIN(1),
        HARD(2),
        GOOD(3),
        EASY(4);

        final int value;

        Grade(int value) {
            this.value = value;
        }

        /** A quiz answer: right is "good", wrong is "again". */
        public static Grade of(boolean right) {
            return right ? GOOD : AGAIN;
        }
    }

    /**
     * What is known of one question for one person: {@code stability} in days (the time after which the chance of
     * recalling it has fallen to 90 %) and {@code difficulty} between 1 and 10.
     */
    record Memory(double stability, double difficulty) {}

    /** The memory after the first answer to a question. */
    Memory first(Grade grade);

    /** The memory after an answer {@code elapsedDays} after the previous one (0: the same day). */
    Memory next(Memory memory, Grade grade, long elapsedDays);

    /** The chance of recalling it {@code elapsedDays} after the last answer. */
    double retrievability(Memory memory, double elapsedDays);

    /** Whole days until the chance of recalling has fallen to {@code retention}: at least one. */
    long intervalDays(Memory memory, double retention);
}
