package id.cakupan.render.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.indicators.VulnerableIndicator;
import id.cakupan.indicators.VulnerableTotals;
import id.cakupan.model.Category;
import id.cakupan.model.CategoryGroup;
import id.cakupan.model.Region;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.chart.CategoryChart;
import id.cakupan.render.chart.ChartFigures;

/** The vulnerable-worker part of a {@link RegionView}: summary, chart bars, tables. */
final class VulnerableViews {

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final ChartFigures chartFigures;
    private final boolean english;

    VulnerableViews(Indicators indicators, Messages messages, Formats formats, ChartFigures chartFigures) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = formats;
        this.chartFigures = chartFigures;
        this.english = !formats.isIndonesian();
    }

    VulnerableView vulnerable(Region region, RegionIndicator indicator) {
        Table.Builder table = new Table.Builder(messages.get("site.caption.vulnerable", Names.display(region, messages),
                formats.month(indicators.period())), messages.get("vulnerable.none"))
                .column("category", messages.get("table.category"), false)
                .column("group", messages.get("table.group"), false)
                .column("funder", messages.get("table.funder"), false)
                .column("workers", messages.get("table.workers"), true)
                .column("cost", messages.get("table.yearlyCost"), true);
        List<VulnerableIndicator> rows = indicators.vulnerable(region.code(), indicators.period());
        List<Table.Row> cells = new ArrayList<>();
        for (VulnerableIndicator v : rows) {
            table.row(false, Cell.of(name(v.category())), Cell.of(name(v.group())),
                    Cell.of(messages.get("funder." + v.funder())),
                    Cell.of(formats.integer(v.protectedWorkers()), v.protectedWorkers()),
                    Cell.of(formats.rupiahShort(v.yearlyCostRp()), v.yearlyCostRp()));
        }
        Table all = table.build();
        // the same rows, most workers first (a stable sort: equal ones keep the table's order)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> rows.get(i).protectedWorkers()).reversed());
        order.forEach(i -> cells.add(all.rows().get(i)));
        Table largest = new Table(all.caption(), all.empty(), all.columns(), cells);
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
                messages.get("site.chart.vulnerable.title"), messages.get("site.chart.vulnerable.desc"), all,
                largest, figures.build(), chartFigures);
    }

    private String name(Category category) {
        return formats.text(english ? category.nameEn() : category.name(), RegionViews.NAME_MAX);
    }

    private String name(CategoryGroup group) {
        return formats.text(english ? group.nameEn() : group.name(), RegionViews.NAME_MAX);
    }

    /**
     * The bars a chart draws: the {@link RegionViews#CHART_CATEGORIES} largest categories and, when there are
     * more, one bar for the rest ("1,988 other categories") so that a region with thousands of
     * categories still gets a chart that can be read. The data tables list every category.
     */
    private List<CategoryChart.Bar> chartBars(List<CategoryChart.Bar> bars) {
        if (bars.size() <= RegionViews.CHART_CATEGORIES + 1) {
            return bars;
        }
        List<CategoryChart.Bar> shown = new ArrayList<>(bars.subList(0, RegionViews.CHART_CATEGORIES));
        List<CategoryChart.Bar> rest = bars.subList(RegionViews.CHART_CATEGORIES, bars.size());
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
}
