package id.cakupan.render.html;

import static id.cakupan.render.html.Models.cell;
import static id.cakupan.render.html.Models.link;
import static id.cakupan.render.html.Models.linkedCell;
import static id.cakupan.render.html.Models.map;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.KeyFindings;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.Region;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.FindingSentences;
import id.cakupan.render.Formats;
import id.cakupan.render.KeyFigures;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.PartialFigures;
import id.cakupan.render.ReportTables;

/** The model of one region's page in one language: every text formatted, every link relative. */
final class PageModel {

    /** The longest office name shown in the header. */
    static final int OFFICE = 120;

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final PartialFigures partial;
    private final SitePlan plan;
    private final Path siteDir;
    private final boolean english;
    private final DocumentDate documentDate;
    /** The language the PDFs of this build were written in ({@code --lang}). */
    private final String pdfLanguage;
    private final ReportTables tables;
    private final PageCharts charts;

    PageModel(Indicators indicators, Messages messages, SitePlan plan, Path siteDir, DocumentDate documentDate,
              String pdfLanguage) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = new Formats(messages.locale(), true);
        this.partial = new PartialFigures(messages, formats);
        this.plan = plan;
        this.siteDir = siteDir;
        this.english = !formats.isIndonesian();
        this.documentDate = documentDate;
        this.pdfLanguage = pdfLanguage;
        this.tables = new ReportTables(indicators, messages, formats);
        this.charts = new PageCharts(indicators, messages, formats, tables);
    }

    Map<String, Object> build(Region region) {
        var dataset = indicators.data().dataset();
        RegionIndicator indicator = indicators.get(region.code(), indicators.period()).orElseThrow();
        KeyFindings findings = indicators.findings().get(region.code());
        String name = Names.display(region, messages);
        String month = formats.month(indicators.period());
        String root = english ? "../" : "";
        String file = plan.file(region);

        Map<String, Object> page = map(
                "lang", english ? "en" : "id",
                "title", messages.get("site.title", name, month),
                "description", messages.get("site.description", partial.name(indicator), month,
                        formats.percent(indicator.coverage())),
                "root", root,
                "office", formats.text(Names.office(plan.overview(), dataset.parameters(), messages), OFFICE),
                "heading", name,
                "lede", messages.get("site.lede", month, formats.date(documentDate.moment().toLocalDate()), dataset.fingerprint()));
        page.put("labels", labels(region));
        page.put("breadcrumbs", breadcrumbs(region));
        page.put("languageSwitch", map("href", (english ? "../" : "en/") + file, "lang", english ? "id" : "en",
                "label", messages.get("site.switch")));
        page.put("downloads", downloads(region, root));
        page.put("cards", new KeyFigures(messages, formats).cards(indicators, indicator).stream()
                .map(c -> map("label", c.label(), "value", c.value(), "note", c.note())).toList());
        String notice = partial.notice(indicator);
        if (notice != null) {
            page.put("partialNotice", notice);
        }
        page.put("findings", new FindingSentences(messages, formats)
                .sentences(findings, !dataset.vulnerable().isEmpty()));
        if (region.isCountry()) {
            page.put("map", charts.provinceMap(plan));
        }
        Region ranked = region.isRegency() ? dataset.regions().get(region.parentCode()) : region;
        if (!tables.ranked(ranked).isEmpty()) {
            page.put("ranking", ranking(ranked, region.isRegency() ? region : null, indicator.target()));
        }
        page.put("trend", charts.trend(region));
        page.put("vulnerable", map("summary", charts.vulnerableSummary(indicator),
                "chart", charts.vulnerable(region), "table", vulnerableTable(region)));
        page.put("budgets", budgetTable(region));
        page.put("regulations", regulationTable(region));
        page.put("warnings", findings.warnings().stream().map(charts::warning).toList());
        page.put("children", children(region));
        page.put("notes", List.of(messages.get("notes.asOf", month, documentDate.describe(formats)),
                messages.get("notes.fingerprint", dataset.fingerprint(), String.valueOf(dataset.inputFiles().size())),
                messages.get("notes.premium", formats.rupiah(dataset.parameters().monthlyPremiumRp())),
                messages.get("notes.sources")));
        // the attribution is the same Indonesian line on the English pages, marked as Indonesian
        page.put("credit", messages.get("credit.regions"));
        return page;
    }

    private Map<String, Object> labels(Region region) {
        return map("skip", messages.get("site.skip"), "navigation", messages.get("site.navigation"),
                "sortHint", messages.get("site.sortHint"),
                "keyFigures", messages.get("section.keyFigures"), "findings", messages.get("section.findings"),
                "trend", messages.get("section.trend"), "vulnerable", messages.get("section.vulnerable"),
                "budget", messages.get("section.budget"), "regulation", messages.get("section.regulation"),
                "dataQuality", messages.get("section.dataQuality"),
                "children", region.isCountry() ? messages.get("site.children.provinces")
                        : messages.get("site.children.regencies", Names.display(region, messages)));
    }

    private List<Map<String, Object>> breadcrumbs(Region region) {
        List<Region> trail = plan.trail(region, indicators.data().dataset().regions());
        List<Map<String, Object>> crumbs = new ArrayList<>();
        for (Region r : trail) {
            crumbs.add(link(Names.display(r, messages), r.equals(region) ? null : plan.file(r)));
        }
        return crumbs;
    }

    private List<Map<String, Object>> downloads(Region region, String root) {
        List<Map<String, Object>> links = new ArrayList<>();
        String pdf = "pdf/" + Names.fileStem(region) + ".pdf";
        if (Files.exists(siteDir.resolve(pdf))) {
            links.add(map("label", messages.get("site.download.pdf", messages.get("language." + pdfLanguage)),
                    "href", root + pdf, "download", false));
        }
        for (String table : List.of("regions", "vulnerable", "budgets", "regulations")) {
            String csv = switch (table) {
                case "regions" -> "indikator_wilayah.csv";
                case "vulnerable" -> "indikator_rentan.csv";
                case "budgets" -> "anggaran.csv";
                default -> "regulasi.csv";
            };
            links.add(map("label", messages.get("site.download." + table), "href", root + "data/" + csv,
                    "download", true));
        }
        String workbook = "data/" + id.cakupan.render.xlsx.IndicatorWorkbookRenderer.FILE;
        if (Files.exists(siteDir.resolve(workbook))) {
            links.add(map("label", messages.get("site.download.workbook"), "href", root + workbook, "download", true));
        }
        return links;
    }

    private Map<String, Object> ranking(Region parent, Region current, BigDecimal target) {
        List<RegionIndicator> ranked = tables.ranked(parent);
        // columns that would be empty for every region (no targets, no year-earlier month) are left out
        boolean targets = ranked.stream().anyMatch(r -> r.target() != null);
        boolean changes = ranked.stream().anyMatch(r -> r.yearlyChange() != null);
        Models.Table table = new Models.Table(messages.get("site.caption.ranking", Names.display(parent, messages),
                formats.month(indicators.period())), messages.get("table.empty"), true)
                .column(messages.get("table.region"), false).column(messages.get("table.rank"), true)
                .column(messages.get("table.potential"), true).column(messages.get("table.active"), true)
                .column(messages.get("table.coverage"), true);
        if (targets) {
            table.column(messages.get("table.gap"), true).column(messages.get("table.needed"), true);
        }
        if (changes) {
            table.column(messages.get("table.change"), true);
        }
        int position = 0;
        for (RegionIndicator r : ranked) {
            position++;
            Integer rank = r.rank() != null ? r.rank() : r.coverage() == null ? null : position;
            List<Map<String, Object>> cells = new ArrayList<>(List.of(
                    linkedCell(partial.chartName(r), plan.file(r.region()), null),
                    cell(rank == null ? "" : formats.integer(rank), rank),
                    cell(formats.integer(r.potential()), r.potential()),
                    cell(formats.integer(r.active()), r.active()),
                    cell(formats.percent(r.coverage()), r.coverage())));
            if (targets) {
                cells.add(cell(formats.points(r.gapPoints()), r.gapPoints()));
                cells.add(cell(r.workersNeeded() == null ? "" : formats.integer(r.workersNeeded()), r.workersNeeded()));
            }
            if (changes) {
                cells.add(cell(formats.points(r.yearlyChange()), r.yearlyChange()));
            }
            table.row(r.region().equals(current), cells);
        }
        String title = parent.isCountry() ? messages.get("section.rankingProvinces")
                : current != null ? messages.get("section.position", Names.display(parent, messages))
                : messages.get("section.rankingRegencies");
        return map("title", title, "chart", charts.ranking(parent, current, target), "table", table.build());
    }

    private Map<String, Object> vulnerableTable(Region region) {
        Models.Table table = new Models.Table(messages.get("site.caption.vulnerable", Names.display(region, messages),
                formats.month(indicators.period())), messages.get("vulnerable.none"), true)
                .column(messages.get("table.category"), false).column(messages.get("table.group"), false)
                .column(messages.get("table.funder"), false).column(messages.get("table.workers"), true)
                .column(messages.get("table.yearlyCost"), true);
        for (var v : tables.vulnerableRows(region)) {
            table.row(false, List.of(cell(formats.text(english ? v.category().nameEn() : v.category().name(),
                            ReportTables.NAME)),
                    cell(formats.text(english ? v.group().nameEn() : v.group().name(), ReportTables.NAME)),
                    cell(messages.get("funder." + v.funder())),
                    cell(formats.integer(v.protectedWorkers()), v.protectedWorkers()),
                    cell(formats.rupiahShort(v.yearlyCostRp()), v.yearlyCostRp())));
        }
        return table.build();
    }

    private Map<String, Object> budgetTable(Region region) {
        Models.Table table = new Models.Table(messages.get(region.isRegency() ? "site.caption.budgetOwn"
                : "site.caption.budget", Names.display(region, messages)),
                messages.get("table.empty"), true)
                .column(messages.get("table.payer"), false).column(messages.get("table.year"), true)
                .column(messages.get("table.need"), true).column(messages.get("table.allocated"), true)
                .column(messages.get("table.spent"), true).column(messages.get("table.funded"), true)
                .column(messages.get("table.workerYears"), true);
        for (var b : tables.budgetRows(region)) {
            table.row(false, List.of(cell(Names.display(b.payer(), messages)), cell(String.valueOf(b.year()), b.year()),
                    cell(formats.rupiahShort(b.needRp()), b.needRp()),
                    cell(formats.rupiahShort(b.allocatedRp()), b.allocatedRp()),
                    cell(b.spentRp() == null ? messages.get("card.dash") : formats.rupiahShort(b.spentRp()), b.spentRp()),
                    cell(formats.percent(b.fundedPercent()), b.fundedPercent()),
                    cell(formats.integer(b.workerYears()), b.workerYears())));
        }
        return table.build();
    }

    private Map<String, Object> regulationTable(Region region) {
        Models.Table table = new Models.Table(messages.get("site.caption.regulation", Names.display(region, messages)),
                messages.get("table.empty"), true)
                .column(messages.get("table.region"), false).column(messages.get("table.regulationType"), false)
                .column(messages.get("table.status"), false).column(messages.get("table.date"), false)
                .column(messages.get("table.title"), false);
        for (Map<String, ?> row : tables.regulations(region)) {
            table.row(false, List.of(cell((String) row.get("region")), cell((String) row.get("type")),
                    cell((String) row.get("status")), cell((String) row.get("date")), cell((String) row.get("title"))));
        }
        return table.build();
    }

    private List<Map<String, Object>> children(Region region) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (RegionIndicator child : tables.ranked(region)) {
            String file = plan.file(child.region());
            if (file != null) {
                links.add(link(Names.display(child.region(), messages), file));
            }
        }
        links.sort(java.util.Comparator.comparing(l -> (String) l.get("label")));
        return links;
    }
}
