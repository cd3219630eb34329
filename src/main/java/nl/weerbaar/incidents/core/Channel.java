package nl.weerbaar.incidents.core;

/** How a report came in. Labels: {@code incidents.channel.<name>}. */
public enum Channel {
    FORM,
    MINI,
    API,
    ON_BEHALF
}
