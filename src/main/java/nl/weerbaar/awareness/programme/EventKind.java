package nl.weerbaar.awareness.programme;

/** The kinds of what the coordinator plans in the year's programme. */
enum EventKind {
    FESTIVAL,
    CAMPAIGN,
    NORM_DISCUSSION,
    TRAINING_ROUND,
    ONE_MEASUREMENT,
    SURVEY,
    OTHER
}
