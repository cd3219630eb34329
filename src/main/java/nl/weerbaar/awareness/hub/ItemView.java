package nl.weerbaar.awareness.hub;

import java.time.Instant;
import java.util.UUID;

/** An item as a page shows it: its Markdown turned into safe HTML, and a short plain-text summary. */
record ItemView(
        UUID id,
        String kind,
        String title,
        String html,
        String summary,
        boolean publicItem,
        Instant publishedAt,
        Instant updatedAt,
        long readsHub,
        long readsEmbed,
        long reads) {

    static final int SUMMARY = 240;

    static ItemView of(Item i, String imageBase) {
        return new ItemView(
                i.id(),
                i.kind(),
                i.title(),
                Markdown.toHtml(i.body(), imageBase),
                Markdown.summary(i.body(), SUMMARY),
                i.publicItem(),
                i.publishedAt(),
                i.updatedAt(),
                i.readsHub(),
                i.readsEmbed(),
                i.reads());
    }
}
