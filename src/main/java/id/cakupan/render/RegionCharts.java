package id.cakupan.render;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.DataWarning;
import id.cakupan.model.Region;
import id.cakupan.render.chart.CategoryChart;
import id.cakupan.render.chart.RankingChart;
import id.cakupan.render.chart.TrendChart;

/**
 * The charts of a region and the figures behind them, in the reader's language, for both the PDF
 * (drawn as vectors) and the dashboard (drawn as SVG, with the figures as a table).
 */
public final class RegionCharts {

    /** Bars a one-pager's ranking shows at most, besides the marks of left-out regions. */
    public static final int WINDOW = 12;

    /** Months shown in the trend chart. */
    public static final int TREND_MONTHS = 24;

    /** The monthly series of the trend chart; values are null for months without a figure. */
    public record Trend(List<YearMonth> months, List<BigDecimal> coverage, List<BigDecimal> target,
                        List<BigDecimal> national, boolean showTarget, boolean showNational) {
    }

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final PartialFigures partial;

    public RegionCharts(Indicators indicators, Messages messages, Formats formats) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = formats;
        this.partial = new PartialFigures(messages, formats);
    }

    /** Bars of the ranked regions with a coverage, the highlighted one in the accent colour; null if none. */
    public JFreeChart ranking(List<RegionIndicator> ranked, Region highlight, BigDecimal target, boolean compact) {
        return rankingChart(rankingBars(ranked, highlight), target, compact);
    }

    /**
     * The bars of a one-pager's compact ranking, which has room for about a dozen: all of them when
     * they fit, else the top three, the region with two neighbours on either side and the bottom
     * two, each numbered with its rank, and gaps (see {@link RankingChart.Bar#gap}) where regions
     * are left out.
     */
    public List<RankingChart.Bar> windowBars(List<RegionIndicator> ranked, Region highlight) {
        List<RegionIndicator> shown = ranked.stream().filter(r -> r.coverage() != null).toList();
        if (shown.size() <= WINDOW) {
            return rankingBars(shown, highlight);
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
            bars.add(new RankingChart.Bar((i + 1) + ". " + Names.shortName(r.region()), r.coverage(), i == at));
        }
        return bars;
    }

    /**
     * The places (0 = first) a shortened ranking of {@code size} shows, -1 where regions are left
     * out: the top three, {@code at} with two neighbours on either side (none when {@code at} is
     * -1), the bottom two; a gap of a single place is shown rather than marked.
     */
    static List<Integer> window(int size, int at) {
        java.util.SortedSet<Integer> picked = new java.util.TreeSet<>();
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

    /** A ranking chart of the given bars, with the target line; null if there are none. */
    public JFreeChart rankingChart(List<RankingChart.Bar> bars, BigDecimal target, boolean compact) {
        if (bars.isEmpty()) {
            return null;
        }
        return RankingChart.create(bars, target,
                target == null ? null : messages.get("chart.targetLine", formats.target(target)),
                messages.get("card.coverage"), messages.locale(), compact);
    }

    public List<RankingChart.Bar> rankingBars(List<RegionIndicator> ranked, Region highlight) {
        return ranked.stream().filter(r -> r.coverage() != null)
                .map(r -> new RankingChart.Bar(partial.chartName(r), r.coverage(), r.region().equals(highlight)))
                .toList();
    }

    public Trend trend(Region region) {
        List<YearMonth> months = indicators.periods().stream().filter(m -> !m.isAfter(indicators.period())).toList();
        months = months.subList(Math.max(0, months.size() - TREND_MONTHS), months.size());
        List<BigDecimal> coverage = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        List<BigDecimal> national = new ArrayList<>();
        var reported = indicators.get(region.code(), indicators.period());
        for (YearMonth month : months) {
            // a month whose figures cover other sub-regions than the reporting month's is left out of the line
            var i = indicators.get(region.code(), month);
            coverage.add(i.filter(m -> reported.map(m::comparableWith).orElse(true))
                    .map(RegionIndicator::coverage).orElse(null));
            target.add(i.map(RegionIndicator::target).orElse(null));
            // a national figure summed from only some provinces is not the nation's: no point is drawn for it
            national.add(indicators.get(Region.COUNTRY_CODE, month).filter(PartialFigures::whole)
                    .map(RegionIndicator::coverage).orElse(null));
        }
        return new Trend(months, coverage, target, national, target.stream().anyMatch(v -> v != null),
                !region.isCountry() && national.stream().anyMatch(v -> v != null));
    }

    public JFreeChart trendChart(Region region, Trend trend, boolean compact) {
        return TrendChart.create(trend.months().stream().map(formats::monthShort).toList(),
                new TrendChart.Series(messages.get("chart.coverage", indicators.get(region.code(), indicators.period())
                        .map(partial::name).orElse(Names.display(region, messages))), trend.coverage()),
                trend.showTarget() ? new TrendChart.Series(messages.get("chart.target"), trend.target()) : null,
                trend.showNational() ? new TrendChart.Series(messages.get("chart.national"), trend.national()) : null,
                messages.locale(), compact);
    }

    /** Categories drawn as bars of their own in a chart; the rest share one bar. */
    public static final int CHART_CATEGORIES = 12;

    /** Protected workers per category (summed over funders), largest first. */
    public List<CategoryChart.Bar> vulnerableBars(Region region) {
        boolean english = !formats.isIndonesian();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (var v : indicators.vulnerable(region.code(), indicators.period())) {
            String label = formats.text(english ? v.category().nameEn() : v.category().name(), ReportTables.NAME);
            byCategory.merge(label, v.protectedWorkers(), Long::sum);
            groups.put(label, formats.text(english ? v.group().nameEn() : v.group().name(), ReportTables.NAME));
        }
        return byCategory.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new CategoryChart.Bar(e.getKey(), groups.get(e.getKey()), e.getValue())).toList();
    }

    /**
     * The bars a chart draws: the {@link #CHART_CATEGORIES} largest categories and, when there are
     * more, one bar for the rest ("1,988 other categories") so that a region with thousands of
     * categories still gets a chart that can be read. The data tables list every category.
     */
    public List<CategoryChart.Bar> chartBars(List<CategoryChart.Bar> bars) {
        if (bars.size() <= CHART_CATEGORIES + 1) {
            return bars;
        }
        List<CategoryChart.Bar> shown = new java.util.ArrayList<>(bars.subList(0, CHART_CATEGORIES));
        List<CategoryChart.Bar> rest = bars.subList(CHART_CATEGORIES, bars.size());
        shown.add(new CategoryChart.Bar(messages.get("chart.otherCategories", formats.integer(rest.size())),
                messages.get("chart.otherGroup"), rest.stream().mapToLong(CategoryChart.Bar::value).sum()));
        return shown;
    }

    /** Null when no vulnerable worker is protected in the region this month; the bars as {@link #chartBars} gives them. */
    public JFreeChart vulnerableChart(List<CategoryChart.Bar> bars) {
        return bars.isEmpty() ? null : CategoryChart.create(bars, messages.locale());
    }

    public String vulnerableSummary(RegionIndicator i) {
        if (indicators.data().dataset().vulnerable().isEmpty()) {
            return messages.get("vulnerable.noData");
        }
        if (i.vulnerableProtected() == null) {
            return messages.get("vulnerable.partial");
        }
        if (i.vulnerableProtected() == 0) {
            return messages.get("vulnerable.none");
        }
        long premium = indicators.data().dataset().parameters().monthlyPremiumRp();
        String summary = messages.get("vulnerable.summary", formats.integer(i.vulnerableProtected()),
                i.vulnerable() == null ? "?" : formats.integer(i.vulnerable()), formats.percent(i.vulnerableCoverage()),
                formats.rupiahShort(Math.multiplyExact(i.vulnerableProtected(), premium * 12)), formats.integer(premium));
        Map<String, Long> byGroup = new LinkedHashMap<>();
        boolean english = !formats.isIndonesian();
        for (var v : indicators.vulnerable(i.region().code(), indicators.period())) {
            byGroup.merge(formats.text(english ? v.group().nameEn() : v.group().name(), ReportTables.NAME),
                    v.protectedWorkers(), Long::sum);
        }
        return byGroup.size() < 2 ? summary : summary + " " + messages.get("vulnerable.groups", byGroup.entrySet().stream()
                .map(e -> e.getKey() + " " + formats.integer(e.getValue()))
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    public String warning(DataWarning w) {
        return messages.get("warning." + w.kind(), w.regionName(), formats.month(w.period()),
                formats.integer(w.value()), formats.integer(w.limit()));
    }
}
