package nl.weerbaar.meldpunt.internal;

/**
 * How a report came in (the channels of EU Directive 2019/1937 art. 9): the web form, or orally — a phone call or a
 * meeting — recorded by a recipient. The label is the message {@code meldpunt.channel.<NAME>}.
 */
enum Channel {
    WRITTEN,
    PHONE,
    MEETING;

    /** Whether a recipient recorded it (phone or meeting). */
    public boolean oral() {
        return this != WRITTEN;
    }
}
