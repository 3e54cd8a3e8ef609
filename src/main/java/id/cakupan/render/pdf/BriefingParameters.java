package id.cakupan.render.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.KeyFindings;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.Region;
import id.cakupan.render.FindingSentences;
import id.cakupan.render.KeyFigures;
import id.cakupan.render.Names;
import id.cakupan.render.PartialFigures;
import id.cakupan.render.RegionCharts;
import id.cakupan.render.RenderContext;
import id.cakupan.render.Xml;
import id.cakupan.render.ReportTables;
import id.cakupan.render.chart.RankingChart;
import org.jfree.chart.JFreeChart;
import net.sf.jasperreports.engine.JRParameter;

/**
 * The view model of a briefing: every text and figure a template shows, formatted, as JasperReports
 * parameters. Templates hold layout only.
 */
final class BriefingParameters {

    private final RenderContext context;
    private final Indicators indicators;
    private final ReportTables tables;
    private final RegionCharts charts;
    private final Object logo;

    BriefingParameters(RenderContext context, Object logo) {
        this.context = context;
        this.indicators = context.indicators();
        this.tables = new ReportTables(indicators, context.messages(), context.formats());
        this.charts = new RegionCharts(indicators, context.messages(), context.formats());
        this.logo = logo;
    }

    /** Parameters of the province briefing (and of the national summary, for the country). */
    Map<String, Object> briefing(Region region, ReportTemplates templates) {
        Map<String, Object> p = common(region);
        var messages = context.messages();
        var ranked = tables.ranked(region);
        p.put("RANKING_TITLE", messages.get(region.isCountry() ? "section.rankingProvinces" : "section.rankingRegencies"));
        var bars = charts.rankingBars(ranked, null);
        p.put("RANKING_CHART", rankingImage(charts.rankingChart(bars, indicator(region).target(), false), bars.size(),
                templates.get(PdfBriefingsRenderer.BRIEFING).getColumnWidth()));
        String absent = messages.get("card.dash");
        p.put("RANKING_ROWS", StrictRows.of(TableRows.RankingRow.class,
                TableRows.rows(tables.ranking(region), absent, TableRows.RankingRow::of)));
        p.put("VULNERABLE_ROWS", StrictRows.of(TableRows.VulnerableRow.class,
                TableRows.rows(tables.vulnerable(region), absent, TableRows.VulnerableRow::of)));
        p.put("BUDGET_ROWS", StrictRows.of(TableRows.BudgetRow.class,
                TableRows.rows(tables.budgets(region), absent, TableRows.BudgetRow::of)));
        p.put("REGULATION_ROWS", StrictRows.of(TableRows.RegulationRow.class,
                TableRows.rows(tables.regulations(region), absent, TableRows.RegulationRow::of)));
        p.put("TABLE_RANKING", templates.get("table-ranking"));
        p.put("TABLE_VULNERABLE", templates.get("table-vulnerable"));
        p.put("TABLE_BUDGET", templates.get("table-budget"));
        p.put("TABLE_REGULATION", templates.get("table-regulation"));
        return p;
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
        Map<String, Object> p = common(regency);
        if (fitted) {
            p.put("FINDINGS", styledList(new FindingSentences(context.messages(), context.formats())
                    .withoutSections(indicators.findings().get(regency.code()),
                            !indicators.data().dataset().vulnerable().isEmpty())));
        }
        var messages = context.messages();
        Region province = indicators.data().dataset().regions().get(regency.parentCode());
        p.put("RANKING_TITLE", messages.get("section.position", Names.display(province, messages)));
        p.put("RANKING_CHART", rankingChart(charts.windowBars(tables.ranked(province), regency),
                indicator(regency).target(), true));
        p.put("TREND_CHART", trendChart(regency, true));
        var regulation = indicators.regulations().get(regency.code());
        var leading = regulation == null ? null : regulation.leading();
        var formats = context.formats();
        p.put("NOTES", notes("  ·  "));
        p.put("REGULATION_STATUS", regulation == null ? messages.get("card.none")
                : leading == null ? messages.get("status.BELUM")
                : messages.get("onepager.regulationLine", messages.get("status." + leading.status()),
                messages.get("type." + leading.type()),
                leading.date() == null ? messages.get("card.dash") : formats.date(leading.date()),
                formats.text(leading.title(), ReportTables.TITLE)));
        List<Map<String, ?>> budgets = tables.budgets(regency);
        p.put("BUDGET_LINE", budgets.isEmpty() ? messages.get("card.none") : budgets.stream()
                .reduce((first, second) -> second)
                .map(b -> messages.get("budget.line", b.get("year"), b.get("allocated"), b.get("need"), b.get("funded")))
                .orElseThrow());
        return p;
    }

    private RegionIndicator indicator(Region region) {
        return indicators.get(region.code(), indicators.period()).orElseThrow();
    }

    private Map<String, Object> common(Region region) {
        var messages = context.messages();
        var formats = context.formats();
        var dataset = indicators.data().dataset();
        RegionIndicator indicator = indicator(region);
        String name = Names.display(region, messages);
        String month = formats.month(indicators.period());
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, messages.asResourceBundle());
        p.put(JRParameter.REPORT_LOCALE, messages.locale());
        // never the JVM default zone: the same data gives the same report wherever it is built
        p.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone(id.cakupan.render.DocumentDate.JAKARTA));
        p.put("OFFICE", formats.text(Names.office(region, dataset.parameters(), messages), 120));
        p.put("OFFICE_SUBTITLE", messages.get("briefing.subtitle"));
        p.put("LOGO", logo);
        PartialFigures partial = new PartialFigures(messages, formats);
        p.put("REGION", partial.name(indicator));
        p.put("PARTIAL_NOTICE", partial.notice(indicator));
        p.put("PERIOD", month);
        p.put("DATE_LINE", messages.get("briefing.dateLine", formats.date(context.documentDate().moment().toLocalDate()), month));
        p.put("RUNNING_HEAD", messages.get("briefing.runningHead", name, month));
        p.put("FOOTER", messages.get("briefing.footer", name, month, dataset.fingerprint()));
        p.put("CARDS", StrictRows.of(KeyFigures.Card.class, new KeyFigures(messages, formats).cards(indicators, indicator)));
        KeyFindings findings = indicators.findings().get(region.code());
        List<String> sentences = new FindingSentences(messages, formats)
                .sentences(findings, !dataset.vulnerable().isEmpty());
        p.put("FINDINGS", styledList(sentences));
        p.put("TREND_CHART", trendChart(region, false));
        p.put("VULNERABLE_SUMMARY", charts.vulnerableSummary(indicator));
        p.put("VULNERABLE_CHART", vulnerableChart(region));
        p.put("WARNINGS", findings.warnings().isEmpty() ? null : bullets(findings.warnings().stream()
                .map(charts::warning).toList()));
        p.put("NOTES", notes("\n"));
        return p;
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
            out.appendCodePoint(allowed ? c : id.cakupan.render.SafeText.REPLACEMENT);
        });
        return out.toString();
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(line -> "•\u00a0" + line).collect(Collectors.joining("\n"));
    }

    /** A one-pager's ranking, drawn no taller than its bars need (its frame may be taller); null without bars. */
    private Object rankingChart(List<RankingChart.Bar> bars, BigDecimal target, boolean compact) {
        var chart = charts.rankingChart(bars, target, compact);
        return chart == null ? null : new ChartRenderable(chart, RankingSize.needed(bars.size()));
    }

    /**
     * A briefing's ranking (null: no bars) as an image as tall as {@link RankingSize} decides and as
     * wide as the column it spans; a ranking without bars keeps the room of one.
     */
    static ChartRenderable rankingImage(JFreeChart chart, int bars, int width) {
        return ChartRenderable.sized(chart, RankingSize.needed(bars), width, RankingSize.height(bars));
    }

    private Object trendChart(Region region, boolean compact) {
        return new ChartRenderable(charts.trendChart(region, charts.trend(region), compact));
    }

    private Object vulnerableChart(Region region) {
        var bars = charts.chartBars(charts.vulnerableBars(region));
        return bars.isEmpty() ? null : new ChartRenderable(charts.vulnerableChart(bars), 70 + 20.0 * bars.size());
    }

    /** The data notes, a line each in a briefing; run together in a one-pager, which must stay one page. */
    private String notes(String separator) {
        var messages = context.messages();
        var formats = context.formats();
        var dataset = indicators.data().dataset();
        return String.join(separator,
                messages.get("notes.asOf", formats.month(indicators.period()), context.documentDate().describe(formats)),
                messages.get("notes.fingerprint", dataset.fingerprint(), String.valueOf(dataset.inputFiles().size())),
                messages.get("notes.premium", formats.rupiah(dataset.parameters().monthlyPremiumRp())),
                messages.get("notes.sources"),
                messages.get("credit.regions"));
    }
}
