package id.cakupan.render.view;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.cakupan.indicators.BudgetIndicator;
import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.KeyFindings;
import id.cakupan.indicators.Ranked;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.indicators.RegulationSummary;
import id.cakupan.indicators.VulnerableIndicator;
import id.cakupan.indicators.VulnerableTotals;
import id.cakupan.model.Category;
import id.cakupan.model.CategoryGroup;
import id.cakupan.model.DataWarning;
import id.cakupan.model.Region;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.chart.CategoryChart;
import id.cakupan.render.chart.ChartFigures;
import id.cakupan.render.chart.RankingChart;
import id.cakupan.render.chart.TrendChart;

/**
 * Builds the {@link RegionView} of each region in one language: the one place where a figure of
 * the indicators becomes text. Safe to use from several threads.
 */
public final class RegionViews {

    /** Bars a one-pager's ranking shows at most, besides the marks of left-out regions. */
    public static final int WINDOW = 12;
    /** Months shown in the trend chart. */
    public static final int TREND_MONTHS = 24;
    /** Categories drawn as bars of their own in a chart; the rest share one bar. */
    public static final int CHART_CATEGORIES = 12;
    /** The longest category or group name shown, in characters; longer ones end with an ellipsis. */
    public static final int NAME = 80;
    /** The longest regulation title shown. */
    public static final int TITLE = 240;
    /** The longest office name shown. */
    public static final int OFFICE = 120;

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final DocumentDate documentDate;
    private final PartialFigures partial;
    private final ChartFigures chartFigures;
    private final boolean english;

    /**
     * @param formats the language's formats, for print or for the web (see {@link Formats#Formats(java.util.Locale, boolean)})
     */
    public RegionViews(Indicators indicators, Messages messages, Formats formats, DocumentDate documentDate) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = formats;
        this.documentDate = documentDate;
        this.partial = new PartialFigures(messages, formats);
        this.chartFigures = ChartFigures.of(formats);
        this.english = !formats.isIndonesian();
    }

    public Messages messages() {
        return messages;
    }

    /** The view of a region that has figures in the reporting month. */
    public RegionView view(Region region) {
        RegionIndicator indicator = indicators.current(region);
        KeyFindings findings = indicators.findings().get(region.code());
        boolean vulnerableData = indicators.source().hasVulnerableData();
        FindingSentences sentences = new FindingSentences(messages, formats);
        String month = formats.month(indicators.period());
        List<String> budgetTexts = new ArrayList<>();
        Table budgets = budgets(region, budgetTexts);
        return new RegionView(region, Names.display(region, messages), partial.name(indicator),
                partial.notice(indicator), month, formats.percent(indicator.coverage()),
                office(region),
                new KeyFigures(messages, formats).cards(indicators, indicator),
                sentences.sentences(findings, vulnerableData), sentences.withoutSections(findings, vulnerableData),
                ranking(region, indicator), trend(region), vulnerable(region, indicator), budgets,
                budgetTexts.isEmpty() ? messages.get("card.none") : budgetTexts.get(budgetTexts.size() - 1),
                regulations(region), regulationLine(region),
                findings.warnings().stream().map(this::warning).toList(), notes(), messages.get("credit.regions"),
                formats.date(documentDate.moment().toLocalDate()), indicators.source().fingerprint());
    }

    /** The reporting month ("November 2025"). */
    public String month() {
        return formats.month(indicators.period());
    }

    /** The issuing office of a region's documents ({@code nama_instansi}, else the region's government). */
    public String office(Region region) {
        return formats.text(Names.office(region, indicators.source().parameters(), messages), OFFICE);
    }

    /** A region's name in a list or on a map: short, and marked when its figures are a partial sum. */
    public String shortName(String code) {
        return indicators.get(code, indicators.period()).map(partial::shortName)
                .orElse(indicators.catalog().get(code).name());
    }

    /**
     * An area of a map that stands for several regions together (an older province outline): their
     * names and combined coverage as its label, or "no data".
     */
    public String areaLabel(List<String> codes, BigDecimal coverage) {
        return codes.stream().map(this::shortName).collect(Collectors.joining(", ")) + ": "
                + (coverage == null ? messages.get("site.map.none") : formats.percent(coverage));
    }

    /** A band of a map's legend, from {@code lower} up to {@code upper}, or from {@code lower} up when it is null. */
    public String band(BigDecimal lower, BigDecimal upper) {
        return upper == null ? messages.get("site.map.top", formats.target(lower))
                : messages.get("site.map.band", formats.target(lower), formats.target(upper));
    }

    private RankingView ranking(Region region, RegionIndicator indicator) {
        Region parent = region.isRegency() ? indicators.catalog().get(region.parentCode()) : region;
        Region current = region.isRegency() ? region : null;
        List<Ranked> ranked = indicators.ranking(parent);
        String parentName = Names.display(parent, messages);
        String title = parent.isCountry() ? messages.get("section.rankingProvinces")
                : current != null ? messages.get("section.position", parentName)
                : messages.get("section.rankingRegencies");
        List<RankingChart.Bar> bars = new ArrayList<>();
        Table.Builder figures = new Table.Builder(messages.get("site.chart.ranking.title", parentName),
                messages.get("table.empty")).column("region", messages.get("table.region"), false)
                .column("coverage", messages.get("table.coverage"), true);
        Table.Builder table = new Table.Builder(messages.get("site.caption.ranking", parentName,
                formats.month(indicators.period())), messages.get("table.empty"))
                .column("rank", messages.get("table.rank"), true).column("region", messages.get("table.region"), false)
                .column("potential", messages.get("table.potential"), true)
                .column("active", messages.get("table.active"), true)
                .column("coverage", messages.get("table.coverage"), true).column("gap", messages.get("table.gap"), true)
                .column("needed", messages.get("table.needed"), true).column("change", messages.get("table.change"), true);
        for (Ranked r : ranked) {
            RegionIndicator i = r.indicator();
            boolean highlighted = i.region().equals(current);
            String name = partial.chartName(i);
            if (i.coverage() != null) {
                bars.add(new RankingChart.Bar(name, i.coverage(), highlighted));
                figures.row(highlighted, Cell.of(name), Cell.of(formats.percent(i.coverage()), i.coverage()));
            }
            table.row(highlighted, Cell.of(r.place() == null ? "" : formats.integer(r.place()), r.place()),
                    new Cell(name, null, i.region()), Cell.of(formats.integer(i.potential()), i.potential()),
                    Cell.of(formats.integer(i.active()), i.active()), Cell.of(formats.percent(i.coverage()), i.coverage()),
                    Cell.of(formats.points(i.gapPoints()), i.gapPoints()),
                    Cell.of(i.workersNeeded() == null ? "" : formats.integer(i.workersNeeded()), i.workersNeeded()),
                    Cell.of(formats.points(i.yearlyChange()), i.yearlyChange()));
        }
        BigDecimal target = indicator.target();
        return new RankingView(title, parent, bars, current == null ? List.of() : window(ranked, current), target,
                target == null ? null : messages.get("chart.targetLine", formats.target(target)),
                messages.get("card.coverage"), messages.get("site.chart.ranking.title", parentName),
                messages.get(target == null ? "site.chart.ranking.desc" : "site.chart.ranking.descTarget",
                        formats.target(target)), table.build(), figures.build(), chartFigures);
    }

    /**
     * The bars of a one-pager's compact ranking, which has room for about a dozen: all of them when
     * they fit, else the top three, the region with two neighbours on either side and the bottom
     * two, each numbered with its place, and gaps (see {@link RankingChart.Bar#gap}) where regions
     * are left out.
     */
    private List<RankingChart.Bar> window(List<Ranked> ranked, Region highlight) {
        List<RegionIndicator> shown = ranked.stream().map(Ranked::indicator).filter(r -> r.coverage() != null).toList();
        if (shown.size() <= WINDOW) {
            return shown.stream().map(r -> new RankingChart.Bar(partial.chartName(r), r.coverage(),
                    r.region().equals(highlight))).toList();
        }
        int at = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).region().equals(highlight)) {
                at = i;
            }
        }
        List<RankingChart.Bar> bars = new ArrayList<>();
        for (int i : window(shown.size(), at)) {
            if (i < 0) {
                bars.add(RankingChart.Bar.gap());
                continue;
            }
            RegionIndicator r = shown.get(i);
            bars.add(new RankingChart.Bar(formats.integer(i + 1) + ". " + Names.shortName(r.region()), r.coverage(),
                    i == at));
        }
        return bars;
    }

    /**
     * The places (0 = first) a shortened ranking of {@code size} shows, -1 where regions are left
     * out: the top three, {@code at} with two neighbours on either side (none when {@code at} is
     * -1), the bottom two; a gap of a single place is shown rather than marked.
     */
    static List<Integer> window(int size, int at) {
        SortedSet<Integer> picked = new TreeSet<>();
        for (int i : new int[] {0, 1, 2, size - 2, size - 1}) {
            picked.add(Math.max(0, Math.min(size - 1, i)));
        }
        for (int i = Math.max(0, at - 2); at >= 0 && i <= Math.min(size - 1, at + 2); i++) {
            picked.add(i);
        }
        List<Integer> places = new ArrayList<>();
        int last = -1;
        for (int i : picked) {
            if (i == last + 2) {
                places.add(last + 1);
            } else if (i > last + 2) {
                places.add(-1);
            }
            places.add(i);
            last = i;
        }
        return places;
    }

    private TrendView trend(Region region) {
        List<YearMonth> months = indicators.periods().stream().filter(m -> !m.isAfter(indicators.period())).toList();
        months = months.subList(Math.max(0, months.size() - TREND_MONTHS), months.size());
        List<BigDecimal> coverage = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        List<BigDecimal> national = new ArrayList<>();
        RegionIndicator reported = indicators.current(region);
        for (YearMonth month : months) {
            // a month whose figures cover other sub-regions than the reporting month's is left out of the line
            var i = indicators.get(region.code(), month);
            coverage.add(i.filter(m -> m.comparableWith(reported)).map(RegionIndicator::coverage).orElse(null));
            target.add(i.map(RegionIndicator::target).orElse(null));
            // a national figure summed from only some provinces is not the nation's: no point is drawn for it
            national.add(indicators.get(Region.COUNTRY_CODE, month).filter(PartialFigures::whole)
                    .map(RegionIndicator::coverage).orElse(null));
        }
        boolean showTarget = target.stream().anyMatch(v -> v != null);
        boolean showNational = !region.isCountry() && national.stream().anyMatch(v -> v != null);
        String name = Names.display(region, messages);
        Table.Builder figures = new Table.Builder(messages.get("site.chart.trend.title", name),
                messages.get("table.empty")).column("month", messages.get("site.table.month"), false)
                .column("coverage", messages.get("table.coverage"), true);
        if (showTarget) {
            figures.column("target", messages.get("chart.target"), true);
        }
        if (showNational) {
            figures.column("national", messages.get("chart.national"), true);
        }
        for (int i = 0; i < months.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(formats.month(months.get(i))));
            cells.add(Cell.of(formats.percent(coverage.get(i)), coverage.get(i)));
            if (showTarget) {
                cells.add(Cell.of(formats.target(target.get(i)), target.get(i)));
            }
            if (showNational) {
                cells.add(Cell.of(formats.percent(national.get(i)), national.get(i)));
            }
            figures.row(false, cells.toArray(Cell[]::new));
        }
        String description = messages.get("site.chart.trend.desc", formats.month(months.get(0)),
                formats.month(months.get(months.size() - 1)))
                + (showTarget ? messages.get("site.chart.trend.target") : "")
                + (showNational ? messages.get("site.chart.trend.national") : "") + ".";
        return new TrendView(months.stream().map(formats::monthShort).toList(),
                new TrendChart.Series(messages.get("chart.coverage", partial.name(reported)), coverage),
                showTarget ? new TrendChart.Series(messages.get("chart.target"), target) : null,
                showNational ? new TrendChart.Series(messages.get("chart.national"), national) : null,
                messages.get("site.chart.trend.title", name), description, figures.build(), chartFigures);
    }

    private VulnerableView vulnerable(Region region, RegionIndicator indicator) {
        Table.Builder table = new Table.Builder(messages.get("site.caption.vulnerable", Names.display(region, messages),
                formats.month(indicators.period())), messages.get("vulnerable.none"))
                .column("category", messages.get("table.category"), false)
                .column("group", messages.get("table.group"), false)
                .column("funder", messages.get("table.funder"), false)
                .column("workers", messages.get("table.workers"), true)
                .column("cost", messages.get("table.yearlyCost"), true);
        for (VulnerableIndicator v : indicators.vulnerable(region.code(), indicators.period())) {
            table.row(false, Cell.of(name(v.category())), Cell.of(name(v.group())),
                    Cell.of(messages.get("funder." + v.funder())),
                    Cell.of(formats.integer(v.protectedWorkers()), v.protectedWorkers()),
                    Cell.of(formats.rupiahShort(v.yearlyCostRp()), v.yearlyCostRp()));
        }
        VulnerableTotals totals = indicators.vulnerableTotals(region);
        List<CategoryChart.Bar> bars = totals.byCategory().stream()
                .map(c -> new CategoryChart.Bar(name(c.category()), name(c.group()), c.workers())).toList();
        Table.Builder figures = new Table.Builder(messages.get("site.chart.vulnerable.title"),
                messages.get("table.empty")).column("category", messages.get("table.category"), false)
                .column("group", messages.get("table.group"), false)
                .column("workers", messages.get("table.workers"), true);
        bars.forEach(b -> figures.row(false, Cell.of(b.label()), Cell.of(b.group()),
                Cell.of(formats.integer(b.value()), b.value())));
        return new VulnerableView(vulnerableSummary(indicator, totals), bars, chartBars(bars),
                messages.get("site.chart.vulnerable.title"), messages.get("site.chart.vulnerable.desc"), table.build(),
                figures.build(), chartFigures);
    }

    private String name(Category category) {
        return formats.text(english ? category.nameEn() : category.name(), NAME);
    }

    private String name(CategoryGroup group) {
        return formats.text(english ? group.nameEn() : group.name(), NAME);
    }

    /**
     * The bars a chart draws: the {@link #CHART_CATEGORIES} largest categories and, when there are
     * more, one bar for the rest ("1,988 other categories") so that a region with thousands of
     * categories still gets a chart that can be read. The data tables list every category.
     */
    private List<CategoryChart.Bar> chartBars(List<CategoryChart.Bar> bars) {
        if (bars.size() <= CHART_CATEGORIES + 1) {
            return bars;
        }
        List<CategoryChart.Bar> shown = new ArrayList<>(bars.subList(0, CHART_CATEGORIES));
        List<CategoryChart.Bar> rest = bars.subList(CHART_CATEGORIES, bars.size());
        shown.add(new CategoryChart.Bar(messages.get("chart.otherCategories", formats.integer(rest.size())),
                messages.get("chart.otherGroup"), rest.stream().mapToLong(CategoryChart.Bar::value).sum()));
        return shown;
    }

    private String vulnerableSummary(RegionIndicator i, VulnerableTotals totals) {
        if (!indicators.source().hasVulnerableData()) {
            return messages.get("vulnerable.noData");
        }
        if (i.vulnerableProtected() == null) {
            return messages.get("vulnerable.partial");
        }
        if (i.vulnerableProtected() == 0) {
            return messages.get("vulnerable.none");
        }
        var parameters = indicators.source().parameters();
        String summary = messages.get("vulnerable.summary", formats.integer(i.vulnerableProtected()),
                i.vulnerable() == null ? "?" : formats.integer(i.vulnerable()), formats.percent(i.vulnerableCoverage()),
                formats.rupiahShort(Math.multiplyExact(i.vulnerableProtected(), parameters.yearlyPremiumRp())),
                formats.integer(parameters.monthlyPremiumRp()));
        return totals.byGroup().size() < 2 ? summary : summary + " " + messages.get("vulnerable.groups",
                totals.byGroup().stream().map(g -> name(g.group()) + " " + formats.integer(g.workers()))
                        .collect(Collectors.joining("; ")));
    }

    /**
     * Budgets paid by the region itself and by its sub-regions, up to the reporting year; the line
     * of each row for a one-pager goes to {@code lines}.
     */
    private Table budgets(Region region, List<String> lines) {
        Table.Builder table = new Table.Builder(messages.get(region.isRegency() ? "site.caption.budgetOwn"
                : "site.caption.budget", Names.display(region, messages)), messages.get("table.empty"))
                .column("payer", messages.get("table.payer"), false).column("year", messages.get("table.year"), true)
                .column("need", messages.get("table.need"), true).column("allocated", messages.get("table.allocated"), true)
                .column("spent", messages.get("table.spent"), true).column("funded", messages.get("table.funded"), true)
                .column("workerYears", messages.get("table.workerYears"), true);
        for (BudgetIndicator b : indicators.budgetsOf(region)) {
            if (b.year() > indicators.period().getYear()) {
                continue;
            }
            String year = String.valueOf(b.year());
            String need = formats.rupiahShort(b.needRp());
            String allocated = formats.rupiahShort(b.allocatedRp());
            String funded = formats.percent(b.fundedPercent());
            table.row(false, Cell.of(Names.display(b.payer(), messages)), Cell.of(year, b.year()), Cell.of(need, b.needRp()),
                    Cell.of(allocated, b.allocatedRp()),
                    Cell.of(b.spentRp() == null ? messages.get("card.dash") : formats.rupiahShort(b.spentRp()), b.spentRp()),
                    Cell.of(funded, b.fundedPercent()), Cell.of(formats.integer(b.workerYears()), b.workerYears()));
            lines.add(messages.get("budget.line", year, allocated, need, funded));
        }
        return table.build();
    }

    /** The regulation status of the region and its sub-regions in the data. */
    private Table regulations(Region region) {
        Table.Builder table = new Table.Builder(messages.get("site.caption.regulation", Names.display(region, messages)),
                messages.get("table.empty"))
                .column("region", messages.get("table.region"), false)
                .column("type", messages.get("table.regulationType"), false)
                .column("status", messages.get("table.status"), false).column("date", messages.get("table.date"), false)
                .column("title", messages.get("table.title"), false);
        List<Region> regions = new ArrayList<>();
        regions.add(region);
        indicators.ranking(region).stream().map(r -> r.indicator().region()).sorted(Comparator.comparing(Region::code))
                .forEach(regions::add);
        for (Region r : regions) {
            RegulationSummary summary = indicators.regulations().get(r.code());
            if (summary == null) {
                continue;
            }
            var leading = summary.leading();
            // the status of the regulation shown: a region with only an enacted circular shows it as
            // enacted, while its summary (and the findings) say no head regulation is
            table.row(false, Cell.of(r.isRegency() ? Names.shortName(r) : Names.display(r, messages)),
                    Cell.of(leading == null ? "" : messages.get("type." + leading.type())),
                    Cell.of(messages.get("status." + (leading == null ? summary.status() : leading.status()))),
                    Cell.of(leading == null || leading.date() == null ? "" : formats.date(leading.date())),
                    Cell.of(leading == null ? "" : formats.text(leading.number() == null ? leading.title()
                            : leading.title() + " (" + leading.number() + ")", TITLE)));
        }
        return table.build();
    }

    /** The region's own regulation in a line, for a one-pager. */
    private String regulationLine(Region region) {
        RegulationSummary regulation = indicators.regulations().get(region.code());
        var leading = regulation == null ? null : regulation.leading();
        return regulation == null ? messages.get("card.none")
                : leading == null ? messages.get("status.BELUM")
                : messages.get("onepager.regulationLine", messages.get("status." + leading.status()),
                messages.get("type." + leading.type()),
                leading.date() == null ? messages.get("card.dash") : formats.date(leading.date()),
                formats.text(leading.title(), TITLE));
    }

    private String warning(DataWarning w) {
        return messages.get("warning." + w.kind(), w.regionName(), formats.month(w.period()),
                formats.integer(w.value()), formats.integer(w.limit()));
    }

    /** The data notes, a line each. */
    private List<String> notes() {
        var source = indicators.source();
        return List.of(messages.get("notes.asOf", formats.month(indicators.period()), documentDate.describe(formats)),
                messages.get("notes.fingerprint", source.fingerprint(), String.valueOf(source.inputFiles().size())),
                messages.get("notes.premium", formats.rupiah(source.parameters().monthlyPremiumRp())),
                messages.get("notes.sources"));
    }
}
