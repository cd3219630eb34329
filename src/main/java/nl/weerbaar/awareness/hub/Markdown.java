package nl.weerbaar.awareness.hub;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns what the coordinator writes (CommonMark) into HTML that is safe to put on a page: rendered with commonmark,
 * then cleaned with jsoup to a safelist (ADR 0800). Scripts, event handlers, styles and frames never survive; links
 * keep only http, https and mailto and open nothing of this site's; images survive only when they are images of the
 * hub itself ({@code /awareness/images/<id>}), so a page never loads anything from elsewhere.
 */
final class Markdown {

    /** The address of a stored image as the coordinator writes it in Markdown. */
    static final String IMAGE_PATH = "/awareness/images/";

    private static final Pattern OWN_IMAGE =
            Pattern.compile("^/awareness/images/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().sanitizeUrls(true).build();

    private static final Safelist SAFE = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "hr", "img")
            .addAttributes("img", "src", "alt", "title")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private Markdown() {}

    /**
     * Safe HTML for {@code markdown} (never null; empty for null). Headings start at {@code h2}: the page has its own
     * {@code h1}. Images whose source is not one of the hub's own are dropped; {@code imageBase} replaces
     * {@link #IMAGE_PATH} in the sources that stay (the public page serves them under its own path).
     */
    static String toHtml(String markdown, String imageBase) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String rendered = RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(rendered, "http://weerbaar.invalid/");
        Document clean = new Cleaner(SAFE).clean(dirty);
        for (Element img : clean.select("img")) {
            String src = img.attr("src");
            if (!OWN_IMAGE.matcher(src).matches()) {
                img.remove();
            } else {
                img.attr("src", imageBase + src.substring(IMAGE_PATH.length()));
                if (!img.hasAttr("alt")) {
                    img.attr("alt", "");
                }
            }
        }
        for (Element h1 : clean.select("h1")) {
            h1.tagName("h2");
        }
        for (Element a : clean.select("a[href]")) {
            a.attr("rel", "noopener noreferrer nofollow");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The text of the item without markup, cut at {@code max} characters (for summaries and feeds). */
    static String summary(String markdown, int max) {
        String text = Jsoup.parse(toHtml(markdown, IMAGE_PATH)).text().strip();
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
