package id.cakupan.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import id.cakupan.load.ReferenceRegions;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.pdf.RankingSize;

/**
 * Every one of the reference list's names, in both languages, is drawn whole in the ranking
 * charts of the PDFs: with its rank and with the widest value ("100,00 %"), at the size the
 * templates give the chart, nothing is cut with an ellipsis, nothing runs off the chart, and in a
 * one-pager the labels end before the bars begin while the bars keep room to be read.
 */
class RankingLabelsTest {

    private static final Path TEMPLATES = Path.of("report-templates");
    private static final BigDecimal FULL = new BigDecimal("100.00");
    private static final BigDecimal TARGET = new BigDecimal("48");
    private static final Pattern TEXT = Pattern.compile("<text([^>]*)>([^<]*)</text>");
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** What a chart drew as text: where each string starts and how wide it is. */
    private record Drawn(String text, double x, double width) {
        double end() {
            return x + width;
        }
    }

    private record Drawing(List<Drawn> texts, Rectangle2D dataArea) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"id-ID", "en-GB"})
    void everyRegencyNameIsWholeInAOnePagersRanking(String language) throws Exception {
        Messages messages = Messages.load(TEMPLATES, Locale.forLanguageTag(language));
        double[] size = imageSize("regency-onepager.jrxml");
        RegionCatalog catalog = ReferenceRegions.catalog();
        List<Region> provinces = catalog.children(Region.COUNTRY_CODE);
        int checked = 0;
        double narrowestBars = Double.MAX_VALUE;
        String value = new Formats(messages.locale()).percent(FULL);
        for (Region province : provinces) {
            List<Region> regencies = catalog.children(province.code());
            int n = regencies.size();
            // the names twelve at a time, as many as a one-pager shows, ranked last in the province so that
            // the ranks have the most digits, every bar at the widest value; a gap as in a shortened ranking
            for (int from = 0; from < n; from += 12) {
                List<Region> shown = regencies.subList(from, Math.min(n, from + 12));
                Region regency = shown.get(0);
                List<RankingChart.Bar> bars = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < shown.size(); i++) {
                    String label = (n - shown.size() + i + 1) + ". " + Names.shortName(shown.get(i));
                    labels.add(label);
                    bars.add(new RankingChart.Bar(label, FULL, i == 0));
                }
                bars.add(1, RankingChart.Bar.gap());
                JFreeChart chart = RankingChart.create(bars, TARGET, messages.get("chart.targetLine", "48 %"),
                        messages.get("card.coverage"), ChartFigures.of(new Formats(messages.locale())), true);
                Drawing drawing = draw(chart, size[0], size[1]);
                String where = regency.code() + " and the next (" + language + ")";
                for (String label : labels) {
                    assertEquals(1, drawing.texts().stream().filter(t -> t.text().equals(label)).count(),
                            where + ": the label " + label + " is drawn whole once: " + drawing.texts());
                }
                assertEquals(labels.size(), drawing.texts().stream().filter(t -> t.text().equals(value)).count(),
                        where + ": every value is drawn whole: " + drawing.texts());
                assertNothingCutOrOutside(drawing, size[0], 1, where);
                for (Drawn text : drawing.texts()) {
                    if (labels.contains(text.text()) || text.text().equals(value)) {
                        assertTrue(text.end() <= drawing.dataArea().getMinX() + 0.5,
                                where + ": " + text + " ends before the bars at " + drawing.dataArea().getMinX());
                    }
                }
                narrowestBars = Math.min(narrowestBars, drawing.dataArea().getWidth());
                checked += shown.size();
            }
        }
        assertEquals(514, checked, "all regencies and cities of the reference list");
        assertTrue(narrowestBars >= 0.18 * size[0], "the bars keep room beside the longest labels: "
                + narrowestBars + " of " + size[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id-ID", "en-GB"})
    void everyNameIsWholeInTheBriefingsAndTheNationalRanking(String language) throws Exception {
        Messages messages = Messages.load(TEMPLATES, Locale.forLanguageTag(language));
        RegionCatalog catalog = ReferenceRegions.catalog();
        String value = new Formats(messages.locale()).percent(FULL);
        int checked = 0;
        List<List<Region>> rankings = new ArrayList<>();
        rankings.add(catalog.children(Region.COUNTRY_CODE));
        for (Region province : catalog.children(Region.COUNTRY_CODE)) {
            rankings.add(catalog.children(province.code()));
        }
        for (List<Region> regions : rankings) {
            String template = "province-briefing.jrxml";  // the national summary's too
            double width = imageSize(template)[0];
            // the height the program gives the ranking (the template's image takes it)
            double[] size = {width, RankingSize.height(regions.size())};
            List<RankingChart.Bar> bars = regions.stream()
                    .map(r -> new RankingChart.Bar(Names.shortName(r), FULL, false)).toList();
            JFreeChart chart = RankingChart.create(bars, TARGET, messages.get("chart.targetLine", "48 %"),
                    messages.get("card.coverage"), ChartFigures.of(new Formats(messages.locale())), false);
            // drawn as the briefing draws it: no taller than its bars need
            Drawing drawing = draw(chart, size[0], Math.min(size[1], RankingSize.needed(bars.size())));
            String where = template + " " + regions.get(0).parentCode() + " (" + language + ")";
            List<String> texts = drawing.texts().stream().map(Drawn::text).toList();
            String all = String.join(" ", texts);
            for (RankingChart.Bar bar : bars) {
                assertTrue(texts.contains(bar.label()) || all.contains(bar.label()),
                        where + ": " + bar.label() + " is drawn whole: " + texts);
                checked += regions.get(0).isRegency() ? 1 : 0;
            }
            assertEquals(bars.size(), texts.stream().filter(value::equals).count(), where + ": every value: " + texts);
            assertNothingCutOrOutside(drawing, size[0], 0, where);
        }
        assertEquals(514, checked, "all regencies and cities of the reference list");
    }

    private static void assertNothingCutOrOutside(Drawing drawing, double width, int gaps, String where) {
        for (Drawn text : drawing.texts()) {
            assertTrue(!text.text().contains("..."), where + ": cut: " + text);
            assertTrue(text.x() >= 0 && text.end() <= width, where + ": outside the chart: " + text);
        }
        assertEquals(gaps, drawing.texts().stream().filter(t -> t.text().contains("\u2026")).count(),
                where + ": an ellipsis only marks left-out regions: " + drawing.texts());
    }

    /** Draws the chart as SVG and reads back every text with its position and measured width. */
    private static Drawing draw(JFreeChart chart, double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        List<Drawn> texts = new ArrayList<>();
        Matcher m = TEXT.matcher(g.getSVGElement());
        while (m.find()) {
            String text = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            double x = Double.parseDouble(attribute(m.group(1), "x"));
            float fontSize = Float.parseFloat(Pattern.compile("font-size: ?([0-9.]+)px").matcher(m.group(1)).results()
                    .findFirst().orElseThrow().group(1));
            double w = new Font(Palette.FONT, Font.PLAIN, 1).deriveFont(fontSize).getStringBounds(text, MEASURE)
                    .getWidth();
            texts.add(new Drawn(text, x, w));
        }
        return new Drawing(texts, info.getPlotInfo().getDataArea());
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=['\"]([^'\"]*)['\"]").matcher(attributes);
        assertTrue(m.find(), name + " in " + attributes);
        return m.group(1);
    }

    /** Width and height of the template's ranking chart (the smallest, where it has several). */
    private static double[] imageSize(String template) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(TEMPLATES.resolve("pdf").resolve(template).toFile());
        var elements = document.getElementsByTagName("element");
        double[] size = null;
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            if ("image".equals(e.getAttribute("kind")) && e.getTextContent().contains("$P{RANKING_CHART}")) {
                double w = Double.parseDouble(e.getAttribute("width"));
                double h = Double.parseDouble(e.getAttribute("height"));
                if (size == null || h < size[1]) {
                    size = new double[] {w, h};
                }
            }
        }
        assertTrue(size != null, template + " has a ranking chart");
        return size;
    }
}
