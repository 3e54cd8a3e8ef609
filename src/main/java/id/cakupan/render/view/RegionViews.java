package id.cakupan.render.view;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import id.cakupan.indicators.BudgetIndicator;
import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.KeyFindings;
import id.cakupan.indicators.Ranked;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.indicators.RegulationSummary;
import id.cakupan.model.DataWarning;
import id.cakupan.model.ProgramVersion;
import id.cakupan.model.Region;
import id.cakupan.render.DocumentDate;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.chart.ChartFigures;
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
    public static final int NAME_MAX = 80;
    /** The longest regulation title shown. */
    public static final int TITLE_MAX = 240;
    /** The longest office name shown. */
    public static final int OFFICE_MAX = 120;

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final DocumentDate documentDate;
    private final PartialFigures partial;
    private final ChartFigures chartFigures;
    private final RankingViews rankings;
    private final VulnerableViews vulnerables;
    private final KeyFigures keyFigures;
    private final FindingSentences sentences;
    private final RegencyMapViews regencyMaps;
    private final SharingViews sharings;

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
        this.rankings = new RankingViews(indicators, messages, formats, partial, chartFigures);
        this.vulnerables = new VulnerableViews(indicators, messages, formats, chartFigures);
        this.keyFigures = new KeyFigures(messages, formats);
        this.sentences = new FindingSentences(messages, formats);
        this.regencyMaps = new RegencyMapViews(indicators, messages, formats, this);
        this.sharings = new SharingViews(indicators, messages, formats);
    }

    public Messages messages() {
        return messages;
    }

    /** The view of a region that has figures in the reporting month. */
    public RegionView view(Region region) {
        RegionIndicator indicator = indicators.current(region);
        KeyFindings findings = indicators.findings().get(region.code());
        boolean vulnerableData = indicators.source().hasVulnerableData();
        Budgets budgets = budgets(region);
        TrendView trend = trend(region);
        return new RegionView(region, Names.display(region, messages), partial.name(indicator),
                partial.notice(indicator), month(), formats.percent(indicator.coverage()),
                office(region),
                keyFigures.cards(indicators, indicator),
                sentences.sentences(findings, vulnerableData, indicators.source().register()),
                sentences.withoutSections(findings, vulnerableData),
                rankings.ranking(region, indicator), regencyMaps.map(region), trend,
                vulnerables.vulnerable(region, indicator), budgets.table(),
                budgets.near(), budgets.lastLine(), regulations(region), regulationLine(region), children(region),
                findings.warnings().stream().map(this::warning).toList(), notes(), messages.get("credit.regions"),
                formats.date(documentDate.moment().toLocalDate()), indicators.source().fingerprint(),
                keyFigures.standing(indicator, findings, partial.name(indicator)),
                keyFigures.needs(findings, indicators.source().parameters().monthlyPremiumRp()),
                share(indicator, findings, trend), sharings.sharing(region));
    }

    /** The region's card to share: the key figure, the gap to the target, where it stands, the trend. */
    private ShareCard share(RegionIndicator i, KeyFindings findings, TrendView trend) {
        String year = String.valueOf(i.period().getYear());
        String figure = i.coverage() == null ? messages.get("card.dash") : formats.percent(i.coverage());
        String gap;
        Boolean reached = null;
        if (i.target() == null) {
            gap = messages.get("card.coverage.noTarget", year);
        } else if (i.gapPoints() == null) {
            gap = messages.get("card.needed.note", year, formats.target(i.target()));
        } else {
            int sign = i.gapPoints().signum();
            reached = sign >= 0;
            gap = sign == 0 ? messages.get("share.gap.reached", formats.target(i.target()))
                    : messages.get(sign > 0 ? "share.gap.above" : "share.gap.below",
                    formats.decimal(i.gapPoints().abs()), formats.target(i.target()));
        }
        String name = partial.name(i);
        String standing = standing(i, findings);
        List<BigDecimal> coverage = trend.coverage().values();
        boolean drawn = coverage.stream().filter(v -> v != null).count() >= 2;
        List<String> months = trend.monthLabels();
        String trendLabel = drawn ? messages.get("share.trend", months.get(0), months.get(months.size() - 1)) : null;
        String targetLine = i.target() == null ? null : messages.get("chart.targetLine", formats.target(i.target()));
        String alt = messages.get("share.alt", name, month(), figure, gap) + (standing == null ? "" : " " + standing + ".");
        return new ShareCard(messages.get("share.kicker"), name, month(), figure, messages.get("card.coverage"), gap,
                reached, standing, trendLabel, coverage, trend.target() == null ? null : trend.target().values(),
                drawn ? targetLine : null, messages.get("notes.sources", ProgramVersion.version()), messages.get("credit.regions"), alt);
    }

    /**
     * Where a region stands: a regency's or a province's place among its siblings with a coverage, when it
     * has some; else, for a province or the country, its sub-region with the highest coverage; else null.
     */
    private String standing(RegionIndicator i, KeyFindings findings) {
        Region region = i.region();
        if (region.isRegency() && i.rank() != null && i.rankedCount() != null && i.rankedCount() > 1) {
            return messages.get("share.rank.regency", formats.integer(i.rank()), formats.integer(i.rankedCount()),
                    Names.display(indicators.catalog().get(region.parentCode()), messages));
        }
        if (region.isProvince()) {
            List<Ranked> provinces = indicators.ranking(indicators.catalog().country()).stream()
                    .filter(r -> r.place() != null).toList();
            Integer place = provinces.stream().filter(r -> r.indicator().region().equals(region)).map(Ranked::place)
                    .findFirst().orElse(null);
            if (place != null && provinces.size() > 1) {
                return messages.get("share.rank.province", formats.integer(place), formats.integer(provinces.size()));
            }
        }
        if (!region.isRegency() && findings != null && findings.highest() != null) {
            return messages.get(region.isCountry() ? "share.highest.province" : "share.highest.regency",
                    partial.shortName(findings.highest().indicator()),
                    formats.percent(findings.highest().coverage()));
        }
        return null;
    }

    /** The reporting month ("November 2025"). */
    public String month() {
        return formats.month(indicators.period());
    }

    /** The issuing office of a region's documents ({@code nama_instansi}, else the region's government). */
    public String office(Region region) {
        return formats.text(Names.office(region, indicators.source().parameters(), messages), OFFICE_MAX);
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
        RegionIndicator.ProjectionEnd end = reported.coverage() == null || reported.projection() == null
                || !reported.projection().month().isAfter(reported.period()) ? null : reported.projection();
        List<YearMonth> ahead = new ArrayList<>();
        List<BigDecimal> aheadTarget = new ArrayList<>();
        for (YearMonth m = reported.period().plusMonths(1); end != null && !m.isAfter(end.month()); m = m.plusMonths(1)) {
            ahead.add(m);
            // this year's target to December, next year's after it
            int year = m.getYear() - reported.period().getYear();
            aheadTarget.add(year == 0 ? reported.target() : year == 1 ? reported.nextTarget() : null);
        }
        boolean showTarget = target.stream().anyMatch(v -> v != null) || aheadTarget.stream().anyMatch(v -> v != null);
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
            trendRow(figures, formats.month(months.get(i)), coverage.get(i), showTarget, target.get(i), showNational,
                    national.get(i));
        }
        TrendChart.Projection projection = null;
        String projected = "";
        if (end != null) {
            // the row of the end month only: the months between lie on the straight line
            trendRow(figures, messages.get("chart.projection.month", formats.month(end.month())), end.coverage(),
                    showTarget, aheadTarget.get(aheadTarget.size() - 1), showNational, null);
            boolean reached = end.month().equals(reported.targetReached());
            String span = formats.integer(reported.pace().months());
            // drawn, not typeset: the chart's own figures' plain spaces
            Formats drawn = formats.drawing();
            String endFigure = messages.get("chart.projection.end", drawn.monthShort(end.month()),
                    drawn.percent(end.coverage()));
            projection = new TrendChart.Projection(messages.get("chart.projection", span),
                    messages.get("chart.projection.short"), ahead.stream().map(formats::monthShort).toList(), aheadTarget,
                    reported.coverage(), end.coverage(), reached ? messages.get("chart.projection.reached", endFigure,
                    drawn.target(reported.target()), String.valueOf(reported.period().getYear())) : endFigure, endFigure);
            projected = messages.get("site.chart.trend.projection", formats.month(reported.period()), span,
                    reached ? messages.get("site.chart.trend.projectionReached", formats.target(reported.target()),
                            formats.month(end.month()))
                            : messages.get("site.chart.trend.projectionEnd", formats.percent(end.coverage()),
                            formats.month(end.month())));
        }
        String description = messages.get("site.chart.trend.desc", formats.month(months.get(0)),
                formats.month(months.get(months.size() - 1))) + projected
                + (showTarget ? messages.get("site.chart.trend.target") : "")
                + (showNational ? messages.get("site.chart.trend.national") : "") + ".";
        return new TrendView(months.stream().map(formats::monthShort).toList(),
                new TrendChart.Series(messages.get("chart.coverage", partial.name(reported)), coverage),
                showTarget ? new TrendChart.Series(messages.get("chart.target"), target) : null,
                showNational ? new TrendChart.Series(messages.get("chart.national"), national) : null, projection,
                messages.get("site.chart.trend.title", name), description, figures.build(), chartFigures);
    }

    /** A row of the trend's figures: the month, the coverage, and the target and national figure where shown. */
    private void trendRow(Table.Builder figures, String month, BigDecimal coverage, boolean showTarget,
                          BigDecimal target, boolean showNational, BigDecimal national) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(month));
        cells.add(Cell.of(formats.percent(coverage), coverage));
        if (showTarget) {
            cells.add(Cell.of(formats.target(target), target));
        }
        if (showNational) {
            cells.add(Cell.of(formats.percent(national), national));
        }
        figures.row(false, cells.toArray(Cell[]::new));
    }

    /**
     * The budgets table, its rows of the reporting year for the region and its direct sub-regions only
     * (for a slide: the country's provinces, not their regencies), and its last row in a line for a
     * one-pager (or "none").
     */
    private record Budgets(Table table, Table near, String lastLine) {
    }

    /** Budgets paid by the region itself and by its sub-regions, up to the reporting year. */
    private Budgets budgets(Region region) {
        String line = messages.get("card.none");
        Table.Builder table = new Table.Builder(messages.get(region.isRegency() ? "site.caption.budgetOwn"
                : "site.caption.budget", Names.display(region, messages)), messages.get("table.empty"))
                .column("payer", messages.get("table.payer"), false).column("year", messages.get("table.year"), true)
                .column("need", messages.get("table.need"), true).column("allocated", messages.get("table.allocated"), true)
                .column("spent", messages.get("table.spent"), true).column("funded", messages.get("table.funded"), true)
                .column("workerYears", messages.get("table.workerYears"), true);
        List<Integer> near = new ArrayList<>();
        int row = 0;
        for (BudgetIndicator b : indicators.budgetsOf(region)) {
            if (b.year() > indicators.period().getYear()) {
                continue;
            }
            if (b.year() == indicators.period().getYear() && (b.payer().equals(region)
                    || region.code().equals(b.payer().parentCode()) || region.isCountry() && b.payer().isProvince())) {
                near.add(row);
            }
            row++;
            String year = String.valueOf(b.year());
            String need = formats.rupiahShort(b.needRp());
            String allocated = formats.rupiahShort(b.allocatedRp());
            String funded = formats.percent(b.fundedPercent());
            table.row(false, Cell.of(Names.display(b.payer(), messages)), Cell.of(year, b.year()), Cell.of(need, b.needRp()),
                    Cell.of(allocated, b.allocatedRp()),
                    Cell.figure(b.spentRp() == null ? "" : formats.rupiahShort(b.spentRp()), b.spentRp(),
                            messages.get("card.dash")),
                    Cell.figure(funded, b.fundedPercent(), messages.get("card.dash")),
                    Cell.of(formats.integer(b.workerYears()), b.workerYears()));
            line = messages.get("budget.line", year, allocated, need, funded);
        }
        Table all = table.build();
        return new Budgets(all, new Table(all.caption(), all.empty(), all.columns(),
                near.stream().map(all.rows()::get).toList()), line);
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
                    Cell.figure(leading == null || leading.date() == null ? "" : formats.date(leading.date()), null,
                            messages.get("card.dash")),
                    Cell.of(leading == null ? "" : formats.text(leading.number() == null ? leading.title()
                            : leading.title() + " (" + leading.number() + ")", TITLE_MAX)));
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
                formats.text(leading.title(), TITLE_MAX));
    }

    /** The sub-regions in the data, by name, each a cell naming its region for a link. */
    private List<Cell> children(Region region) {
        return indicators.ranking(region).stream().map(r -> r.indicator().region())
                .map(r -> Cell.naming(Names.display(r, messages), r))
                .sorted(Comparator.comparing(Cell::text)).toList();
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
                messages.get("notes.sources", ProgramVersion.version()));
    }
}
