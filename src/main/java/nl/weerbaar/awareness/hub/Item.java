package nl.weerbaar.awareness.hub;

import java.time.Instant;
import java.util.UUID;

/**
 * A news item or success story of the hub. {@code publishedAt} is null for a draft; {@code publicItem} says whether
 * it may also go to the intranet (embedded page and feeds) once published.
 */
record Item(
        UUID id,
        String kind,
        String title,
        String body,
        boolean publicItem,
        Instant publishedAt,
        Instant updatedAt,
        long readsHub,
        long readsEmbed) {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final java.util.List<String> KINDS = java.util.List.of("NEWS", "STORY");

    boolean published() {
        return publishedAt != null;
    }

    /** The item's reads on the hub and on the intranet together. */
    long reads() {
        return readsHub + readsEmbed;
    }
}
