package nl.weerbaar.awareness.hub;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public items as an Atom feed (RFC 4287) and a JSON Feed (version 1.1). Both carry the same entries: a stable
 * id ({@code urn:uuid:} of the item), title, link, the sanitised HTML and a plain-text summary, published and updated.
 */
final class Feeds {

    /** What a feed describes: the municipality's hub and its newest public items, newest first. */
    record Channel(
            UUID municipalityId,
            String title,
            String author,
            String pageUrl,
            String atomUrl,
            String jsonUrl,
            List<Entry> entries) {}

    record Entry(UUID id, String title, String url, String html, String summary, Instant published, Instant updated) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Feeds() {}

    /** The Atom document; {@code updated} is the newest entry's, or the epoch for an empty feed. */
    static String atom(Channel c) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(x, "id", "urn:uuid:" + c.municipalityId());
            element(x, "title", c.title());
            element(
                    x,
                    "updated",
                    time(c.entries().stream()
                            .map(e -> later(e.published(), e.updated()))
                            .max(Instant::compareTo)
                            .orElse(Instant.EPOCH)));
            link(x, "self", c.atomUrl(), "application/atom+xml");
            link(x, "alternate", c.pageUrl(), "text/html");
            x.writeStartElement("author");
            element(x, "name", c.author());
            x.writeEndElement();
            for (Entry e : c.entries()) {
                x.writeStartElement("entry");
                element(x, "id", "urn:uuid:" + e.id());
                element(x, "title", e.title());
                link(x, "alternate", e.url(), "text/html");
                element(x, "published", time(e.published()));
                element(x, "updated", time(later(e.published(), e.updated())));
                element(x, "summary", e.summary());
                x.writeStartElement("content");
                x.writeAttribute("type", "html");
                x.writeCharacters(e.html());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("Atom feed", ex);
        }
        return out.toString();
    }

    /** The JSON Feed document. */
    static String json(Channel c) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", c.title());
        feed.put("home_page_url", c.pageUrl());
        feed.put("feed_url", c.jsonUrl());
        feed.put("authors", List.of(Map.of("name", c.author())));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Entry e : c.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "urn:uuid:" + e.id());
            item.put("url", e.url());
            item.put("title", e.title());
            item.put("content_html", e.html());
            item.put("summary", e.summary());
            item.put("date_published", time(e.published()));
            item.put("date_modified", time(later(e.published(), e.updated())));
            items.add(item);
        }
        feed.put("items", items);
        return JSON.writeValueAsString(feed);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** RFC 3339 in UTC, whole seconds. */
    static String time(Instant i) {
        return DateTimeFormatter.ISO_INSTANT.format(
                i.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
    }
}
