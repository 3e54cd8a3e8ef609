package id.cakupan.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRParameter;
import org.jfree.chart.JFreeChart;

import id.cakupan.model.Region;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Messages;
import id.cakupan.render.RenderContext;
import id.cakupan.render.SafeText;
import id.cakupan.render.Xml;
import id.cakupan.render.view.RankingView;
import id.cakupan.render.view.RegencyMapView;
import id.cakupan.render.view.RegionView;
import id.cakupan.render.view.RegionViews;
import id.cakupan.render.view.SharingView;
import id.cakupan.render.view.VulnerableView;

/**
 * A region's view as the parameters of its briefing or one-pager: every text and figure a template
 * shows comes from the {@link RegionView}, already formatted. Templates hold layout only.
 */
final class BriefingParameters {

    private final RenderContext context;
    private final RegionViews views;
    private final Object logo;

    BriefingParameters(RenderContext context, Object logo) {
        this.context = context;
        this.views = new RegionViews(context.indicators(), context.messages(), context.formats(),
                context.documentDate());
        this.logo = logo;
    }

    /** Parameters of the province briefing (and of the national summary, for the country). */
    Map<String, Object> briefing(Region region, ReportTemplates templates) {
        RegionView view = views.view(region);
        Map<String, Object> p = common(view);
        RankingView ranking = view.ranking();
        p.put("RANKING_TITLE", ranking.title());
        p.put("RANKING_ALT", ranking.description());
        p.put("RANKING_CHART", rankingImage(ranking.chart(false), ranking.bars().size(),
                templates.get(PdfBriefingsRenderer.BRIEFING).getColumnWidth()));
        p.put("RANKING_ROWS", StrictRows.of(TableRows.RankingRow.class,
                TableRows.rows(ranking.table(), TableRows.RankingRow::of)));
        p.put("VULNERABLE_ROWS", StrictRows.of(TableRows.VulnerableRow.class,
                TableRows.rows(view.vulnerable().table(), TableRows.VulnerableRow::of)));
        p.put("BUDGET_ROWS", StrictRows.of(TableRows.BudgetRow.class,
                TableRows.rows(view.budgets(), TableRows.BudgetRow::of)));
        p.put("REGULATION_ROWS", StrictRows.of(TableRows.RegulationRow.class,
                TableRows.rows(view.regulations(), TableRows.RegulationRow::of)));
        sharing(view.sharing(), p);
        RegencyMapView map = view.regencyMap();
        if (map != null) {
            p.put("REGENCY_MAP_TITLE", map.title());
            p.put("REGENCY_MAP", MapRenderable.of(map, templates.get(PdfBriefingsRenderer.BRIEFING).getColumnWidth()));
            p.put("REGENCY_MAP_LEGEND", legend(map));
            p.put("REGENCY_MAP_CAPTION", map.caption());
            p.put("REGENCY_MAP_ALT", map.description());
        }
        p.put("TABLE_RANKING", templates.get("table-ranking"));
        p.put("TABLE_VULNERABLE", templates.get("table-vulnerable"));
        p.put("TABLE_BUDGET", templates.get("table-budget"));
        p.put("TABLE_REGULATION", templates.get("table-regulation"));
        p.put("TABLE_SHARING", templates.get("table-sharing"));
        p.put("TABLE_EFFORT", templates.get("table-effort"));
        return p;
    }

    /** A province's budget sharing and its regencies' effort, each a section only when the view has its table. */
    private static void sharing(SharingView sharing, Map<String, Object> p) {
        if (sharing.sharing() != null) {
            p.put("SHARING_CAPTION", sharing.sharing().caption());
            p.put("SHARING_ROWS", StrictRows.of(TableRows.SharingRow.class,
                    TableRows.rows(sharing.sharing(), TableRows.SharingRow::of)));
            p.put("SHARING_SCHEME", sharing.scheme());
        }
        if (sharing.effort() != null) {
            p.put("EFFORT_CAPTION", sharing.effort().caption());
            p.put("EFFORT_ROWS", StrictRows.of(TableRows.EffortRow.class,
                    TableRows.rows(sharing.effort(), TableRows.EffortRow::of)));
            p.put("EFFORT_NOTE", sharing.effortNote());
        }
    }

    /** Parameters of a regency/city one-pager: its place is shown among its province's regencies. */
    Map<String, Object> onePager(Region regency) {
        return onePager(regency, false);
    }

    /**
     * @param fitted whether to leave out of the findings what the one-pager's sections state below
     *               them, for a one-pager whose full findings run onto a second page
     */
    Map<String, Object> onePager(Region regency, boolean fitted) {
        RegionView view = views.view(regency);
        Map<String, Object> p = common(view);
        if (fitted) {
            p.put("FINDINGS", listItems(view.fittedFindings()));
        }
        RankingView ranking = view.ranking();
        p.put("RANKING_TITLE", ranking.title());
        p.put("RANKING_CHART", rankingChart(ranking.windowChart(), ranking.window().size()));
        p.put("RANKING_ALT", ranking.description());
        p.put("TREND_CHART", new ChartRenderable(view.trend().chart(true)));
        p.put("NOTES", notes(view, "  ·  "));
        p.put("REGULATION_STATUS", view.regulationLine());
        p.put("BUDGET_LINE", view.budgetLine());
        return p;
    }

    /**
     * What every document of a region (briefing, one-pager, slides) takes for its heading and footer:
     * the bundle, locale and zone, the office, the region, the month, the date line and the footer.
     */
    static Map<String, Object> heading(RegionView view, Messages messages) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.asResourceBundle());
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        // never the JVM default zone: the same data gives the same report wherever it is built
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(DocumentDate.JAKARTA));
        p.put("OFFICE", view.office());
        p.put("OFFICE_SUBTITLE", messages.get("briefing.subtitle"));
        p.put("REGION", view.fullName());
        p.put("PERIOD", view.month());
        p.put("DATE_LINE", messages.get("briefing.dateLine", view.documentDate(), view.month()));
        p.put("FOOTER", messages.get("briefing.footer", view.name(), view.month(), view.fingerprint()));
        return p;
    }

    private Map<String, Object> common(RegionView view) {
        var messages = context.messages();
        Map<String, Object> p = heading(view, messages);
        p.put("LOGO", logo);
        // the text alternative of each picture: tagged PDF takes an image's tooltip as its Alt
        p.put("LOGO_ALT", messages.get("briefing.logoAlt", view.office()));
        p.put("TREND_ALT", view.trend().description());
        p.put("VULNERABLE_ALT", view.vulnerable().description());
        p.put("PARTIAL_NOTICE", view.partialNotice());
        p.put("RUNNING_HEAD", messages.get("briefing.runningHead", view.name(), view.month()));
        p.put("CARDS", StrictRows.of(RegionView.Card.class, view.cards()));
        p.put("FINDINGS", listItems(view.findings()));
        p.put("TREND_CHART", new ChartRenderable(view.trend().chart(false)));
        p.put("VULNERABLE_SUMMARY", view.vulnerable().summary());
        p.put("VULNERABLE_CHART", vulnerableChart(view.vulnerable()));
        p.put("WARNINGS", view.warnings().isEmpty() ? null : listItems(view.warnings()));
        p.put("NOTES", notes(view, "\n"));
        return p;
    }

    /**
     * One item of a bulleted list that a template lays out one text element per item (a list
     * component over these rows), so that each item is tagged {@code LI} and its bullet and sentence
     * are read together: {@code list} is the tagged-PDF property of the whole list that the item
     * carries ({@code start} on the first, {@code end} on the last, {@code full} on an only item,
     * null between).
     */
    record ListItem(String text, String list) {
    }

    /** The sentences as the rows of a bulleted list: see {@link ListItem}. */
    static StrictRows<ListItem> listItems(List<String> sentences) {
        List<ListItem> items = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            boolean first = i == 0;
            boolean last = i == sentences.size() - 1;
            items.add(new ListItem(sentences.get(i), first && last ? "full" : first ? "start" : last ? "end" : null));
        }
        return StrictRows.of(ListItem.class, items);
    }

    /**
     * Sentences as a list in JasperReports' own styled-text markup, for a text field with
     * {@code markup="styled"}: bullets with a hanging indent. Not {@code markup="html"}: that one
     * parses with Swing's HTML parser, whose shared DTD fills its caches lazily and unsafely, so two
     * reports filled at once could get another list structure (line breaks, or an empty list); the
     * styled markup is read by an XML parser of each thread's own. Characters XML cannot carry
     * would make the engine print the markup itself, so they become the visible U+FFFD mark.
     */
    static String styledList(List<String> sentences) {
        return sentences.stream().map(s -> "<li>" + Xml.escape(xmlCharacters(s)) + "</li>")
                .collect(Collectors.joining("", "<ul>", "</ul>"));
    }

    private static String xmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
            out.appendCodePoint(allowed ? c : SafeText.REPLACEMENT);
        });
        return out.toString();
    }

    /**
     * A map's legend in the styled markup: a swatch of each band's colour (a filled square, in the
     * colour) and its label, on lines that break between entries only.
     */
    private static String legend(RegencyMapView map) {
        return map.legend().stream().map(item -> "<style size=\"11\" forecolor=\"" + item.colour() + "\">\u25A0</style>\u00a0"
                + Xml.escape(xmlCharacters(item.label())).replace(' ', '\u00a0')).collect(Collectors.joining("     "));
    }

    /** A one-pager's ranking, drawn no taller than its bars need (its frame may be taller); null without bars. */
    private static Object rankingChart(JFreeChart chart, int bars) {
        return chart == null ? null : new ChartRenderable(chart, RankingSize.needed(bars));
    }

    /**
     * A briefing's ranking (null: no bars) as an image as tall as {@link RankingSize} decides and as
     * wide as the column it spans; a ranking without bars keeps the room of one.
     */
    static ChartRenderable rankingImage(JFreeChart chart, int bars, int width) {
        return ChartRenderable.sized(chart, RankingSize.needed(bars), width, RankingSize.height(bars));
    }

    private static Object vulnerableChart(VulnerableView vulnerable) {
        JFreeChart chart = vulnerable.chart();
        return chart == null ? null : new ChartRenderable(chart, 70 + 20.0 * vulnerable.chartBars().size());
    }

    /** The data notes and the credit line, a line each in a briefing; run together in a one-pager, which must stay one page. */
    private static String notes(RegionView view, String separator) {
        List<String> lines = new ArrayList<>(view.notes());
        lines.add(view.credit());
        return String.join(separator, lines);
    }
}
