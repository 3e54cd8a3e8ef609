package id.cakupan.golden;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader of a dashboard page gets, one labelled item a line: the head's title and description,
 * breadcrumbs, key-figure cards, findings, charts' titles, descriptions and data tables, every table
 * (caption, header, rows as text, links), notes and downloads. Markup, classes, styles and the SVG
 * drawings are left out, so that a change of layout alone leaves the outline as it was and a changed
 * figure or sentence shows as one changed line.
 *
 * <p>Text no rule here knows is kept as {@code text <tag.class>: …}, so nothing a page says is dropped
 * silently when its markup changes. No-break spaces are kept: a figure that may now wrap is a change.
 */
final class PageOutline {

    private final List<String> lines = new ArrayList<>();

    private PageOutline() {
    }

    static String of(Path page) throws IOException {
        Document document = Jsoup.parse(page.toFile(), "UTF-8");
        PageOutline outline = new PageOutline();
        outline.add("lang", document.selectFirst("html").attr("lang"));
        outline.add("title", document.title());
        Element description = document.selectFirst("meta[name=description]");
        outline.add("description", description == null ? "(none)" : description.attr("content"));
        outline.walk(document.body());
        return String.join("\n", outline.lines) + "\n";
    }

    private void add(String label, String text) {
        lines.add((label + ": " + text).stripTrailing());
    }

    /** The text of an element and, when it is a link or holds one, where the link goes. */
    private static String linked(Element element) {
        Element link = element.is("a[href]") ? element : element.selectFirst("a[href]");
        return link == null ? element.text() : element.text() + " <" + link.attr("href") + ">";
    }

    private void walk(Element element) {
        if (element.is("svg, script, style")) {
            return;
        }
        if (!describe(element)) {
            if (!element.ownText().isBlank()) {
                add("text <" + element.tagName() + classes(element) + ">", element.ownText().strip());
            }
            for (Element child : element.children()) {
                walk(child);
            }
        }
    }

    /** Writes the lines of an element it knows and returns true; false to walk into its children. */
    private boolean describe(Element e) {
        if (e.is("a.skip")) {
            add("skip link", linked(e));
        } else if (e.is("p.office")) {
            add("office", e.text());
        } else if (e.is("ol.breadcrumbs > li")) {
            add("breadcrumb", linked(e));
        } else if (e.is("a.lang")) {
            add("language switch", linked(e) + " (" + e.attr("lang") + ")");
        } else if (e.is("h1, h2, h3, h4, h5, h6")) {
            add(e.tagName(), e.text());
        } else if (e.is("p.lede")) {
            add("lede", e.text());
        } else if (e.is("ul.downloads > li")) {
            add("download", linked(e));
        } else if (e.is("p.partial-notice")) {
            add("partial notice", e.text());
        } else if (e.is("li.card")) {
            add("card", String.join(" | ", e.select("span.card-label").text(), e.select("span.card-value").text(),
                    e.select("span.card-note").text()));
        } else if (e.is("ul.findings > li")) {
            add("finding", e.text());
        } else if (e.is("figure.map")) {
            e.select("ul.legend > li").forEach(item -> add("map legend", item.text()));
            e.select("p.caveat").forEach(caveat -> add("map caveat", caveat.text()));
        } else if (e.is("figure.chart")) {
            chart(e);
        } else if (e.is("table")) {
            table(e);
        } else if (e.is("ul.warnings > li")) {
            add("warning", e.text());
        } else if (e.is("ul.children > li")) {
            add("child", linked(e));
        } else if (e.is("footer p")) {
            add(e.hasAttr("lang") ? "credit (" + e.attr("lang") + ")" : "note", e.text());
        } else if (e.is("main p")) {
            add("paragraph", e.text());
        } else {
            return false;
        }
        return true;
    }

    private void chart(Element figure) {
        add("chart", figure.select(".chart-title").text());
        add("chart description", figure.select(".chart-desc").text());
        add("chart drawings", String.valueOf(figure.select("svg").size()));
        Element details = figure.selectFirst("details");
        if (details != null) {
            add("chart data", details.select("> summary").text());
            details.select("table").forEach(this::table);
        }
    }

    private void table(Element table) {
        Element caption = table.selectFirst("caption");
        add("table", caption == null ? "(no caption)" : caption.ownText().strip());
        if (table.hasClass("sortable")) {
            add("  sortable", caption == null ? "" : caption.select(".js-hint").text());
        }
        add("  columns", cells(table.select("thead tr").first()));
        for (Element row : table.select("tbody > tr")) {
            add(row.hasClass("current") ? "  row (current)" : "  row", cells(row));
        }
    }

    private static String cells(Element row) {
        if (row == null) {
            return "(none)";
        }
        List<String> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            String text = linked(cell);
            cells.add(text.isEmpty() ? "(empty)" : text);
        }
        return String.join(" | ", cells);
    }

    private static String classes(Element element) {
        return element.classNames().isEmpty() ? "" : "." + String.join(".", element.classNames());
    }
}
