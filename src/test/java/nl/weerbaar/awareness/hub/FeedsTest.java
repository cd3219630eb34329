package nl.weerbaar.awareness.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FeedsTest {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final UUID MUNICIPALITY = UUID.fromString("6f1c1e2a-0000-4000-8000-000000000001");
    static final UUID ITEM = UUID.fromString("6f1c1e2a-0000-4000-8000-000000000002");

    static Feeds.Channel channel() {
        return new Feeds.Channel(
                MUNICIPALITY,
                "Weerbaar samen – Gemeente <Voorbeeldstad> & co",
                "Gemeente Voorbeeldstad",
                "https://weerbaar.example/intranet/voorbeeldstad",
                "https://weerbaar.example/intranet/voorbeeldstad/feed.atom",
                "https://weerbaar.example/intranet/voorbeeldstad/feed.json",
                List.of(new Feeds.Entry(
                        ITEM,
                        "Festival & \"feest\"",
                        "https://weerbaar.example/intranet/voorbeeldstad/items/" + ITEM,
                        "<p>Op <strong>12 maart</strong></p>",
                        "Op 12 maart",
                        Instant.parse("2026-03-01T09:30:15.123Z"),
                        Instant.parse("2026-02-28T10:00:00Z"))));
    }

    /** Parses the Atom document and checks the elements RFC 4287 requires of a feed and of each entry. */
    static Document assertValidAtom(String atom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(feed, required)).as("feed/" + required).hasSize(1);
        }
        assertThat(text(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        NodeList entries = feed.getElementsByTagNameNS(ATOM_NS, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(e, required)).as("entry/" + required).hasSize(1);
            }
            assertThat(children(e, "content").size() + children(e, "link").size())
                    .isPositive();
        }
        return doc;
    }

    /** Checks what JSON Feed 1.1 requires: version, title, items; each item an id and content. */
    static JsonNode assertValidJsonFeed(String json) {
        JsonNode feed = JsonMapper.builder().build().readTree(json);
        assertThat(feed.path("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").isString()).isTrue();
        assertThat(feed.path("items").isArray()).isTrue();
        for (JsonNode item : feed.path("items")) {
            assertThat(item.path("id").isString()).as("item id is a string").isTrue();
            assertThat(item.has("content_html") || item.has("content_text")).isTrue();
            if (item.has("date_published")) {
                assertThat(item.path("date_published").asString())
                        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            }
        }
        return feed;
    }

    @Test
    void atomIsWellFormedAndHasWhatRfc4287Requires() throws Exception {
        Document doc = assertValidAtom(Feeds.atom(channel()));
        Element feed = doc.getDocumentElement();
        assertThat(text(feed, "title")).isEqualTo("Weerbaar samen – Gemeente <Voorbeeldstad> & co");
        assertThat(text(feed, "id")).isEqualTo("urn:uuid:" + MUNICIPALITY);
        assertThat(text(feed, "updated")).isEqualTo("2026-03-01T09:30:15Z");
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM_NS, "entry").item(0);
        assertThat(text(entry, "id")).isEqualTo("urn:uuid:" + ITEM);
        assertThat(text(entry, "title")).isEqualTo("Festival & \"feest\"");
        assertThat(text(entry, "content")).isEqualTo("<p>Op <strong>12 maart</strong></p>");
        assertThat(children(entry, "content").get(0).getAttribute("type")).isEqualTo("html");
        assertThat(children(entry, "link").get(0).getAttribute("href")).endsWith("/items/" + ITEM);
    }

    @Test
    void anEmptyAtomFeedIsStillValid() throws Exception {
        Feeds.Channel empty = new Feeds.Channel(
                MUNICIPALITY, "Leeg", "Gemeente", "https://a", "https://a/feed.atom", "https://a/feed.json", List.of());
        assertValidAtom(Feeds.atom(empty));
        assertThat(assertValidJsonFeed(Feeds.json(empty)).path("items")).isEmpty();
    }

    @Test
    void jsonFeedHasWhatVersion11Requires() {
        JsonNode feed = assertValidJsonFeed(Feeds.json(channel()));
        assertThat(feed.path("feed_url").asString()).endsWith("/feed.json");
        JsonNode item = feed.path("items").get(0);
        assertThat(item.path("id").asString()).isEqualTo("urn:uuid:" + ITEM);
        assertThat(item.path("content_html").asString()).isEqualTo("<p>Op <strong>12 maart</strong></p>");
        assertThat(item.path("date_published").asString()).isEqualTo("2026-03-01T09:30:15Z");
        assertThat(item.path("date_modified").asString()).isEqualTo("2026-03-01T09:30:15Z");
        assertThat(feed.path("authors").get(0).path("name").asString()).isEqualTo("Gemeente Voorbeeldstad");
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM_NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }
}
