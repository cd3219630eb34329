package nl.weerbaar.surveys.internal;

/** Who a questionnaire is written for. */
public enum Variant {
    CIVIL_SERVANT,
    OFFICE_HOLDER
}
