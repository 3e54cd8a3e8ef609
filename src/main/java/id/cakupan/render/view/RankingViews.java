package id.cakupan.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.Ranked;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.Region;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;
import id.cakupan.render.chart.ChartFigures;
import id.cakupan.render.chart.RankingChart;

/** The ranking part of a {@link RegionView}: bars, the one-pager's window of them, the table. */
final class RankingViews {

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final PartialFigures partial;
    private final ChartFigures chartFigures;

    RankingViews(Indicators indicators, Messages messages, Formats formats, PartialFigures partial, ChartFigures chartFigures) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = formats;
        this.partial = partial;
        this.chartFigures = chartFigures;
    }

    RankingView ranking(Region region, RegionIndicator indicator) {
        Region parent = region.isRegency() ? indicators.catalog().get(region.parentCode()) : region;
        Region current = region.isRegency() ? region : null;
        List<Ranked> ranked = indicators.ranking(parent);
        String parentName = Names.display(parent, messages);
        String title = parent.isCountry() ? messages.get("section.rankingProvinces")
                : current != null ? messages.get("section.position", parentName)
                : messages.get("section.rankingRegencies");
        String dash = messages.get("card.dash");
        String chartTitle = messages.get("site.chart.ranking.title", parentName);
        List<RankingChart.Bar> bars = new ArrayList<>();
        Table.Builder figures = new Table.Builder(chartTitle,
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
            table.row(highlighted, Cell.figure(r.place() == null ? "" : formats.integer(r.place()), r.place(), dash),
                    Cell.naming(name, i.region()), Cell.of(formats.integer(i.potential()), i.potential()),
                    Cell.of(formats.integer(i.active()), i.active()),
                    Cell.figure(formats.percent(i.coverage()), i.coverage(), dash),
                    Cell.figure(formats.points(i.gapPoints()), i.gapPoints(), dash),
                    Cell.figure(i.workersNeeded() == null ? "" : formats.integer(i.workersNeeded()), i.workersNeeded(),
                            dash),
                    Cell.figure(formats.points(i.yearlyChange()), i.yearlyChange(), dash));
        }
        BigDecimal target = indicator.target();
        return new RankingView(title, parent, bars, current == null ? List.of() : window(ranked, current, bars), target,
                target == null ? null : messages.get("chart.targetLine", formats.target(target)),
                messages.get("card.coverage"), chartTitle,
                messages.get(target == null ? "site.chart.ranking.desc" : "site.chart.ranking.descTarget",
                        formats.target(target)), table.build(), figures.build(), chartFigures);
    }

    /**
     * The bars of a one-pager's compact ranking, which has room for about a dozen: all of them
     * ({@code bars}, the full ranking's) when they fit, else the top three, the region with two neighbours on either side and the bottom
     * two, each numbered with its place (see {@link Ranked#place}), and gaps (see {@link RankingChart.Bar#gap}) where regions
     * are left out.
     */
    private List<RankingChart.Bar> window(List<Ranked> ranked, Region highlight, List<RankingChart.Bar> bars) {
        if (bars.size() <= RegionViews.WINDOW) {
            return bars;
        }
        List<Ranked> shown = ranked.stream().filter(r -> r.place() != null).toList();
        int at = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).indicator().region().equals(highlight)) {
                at = i;
            }
        }
        List<RankingChart.Bar> windowed = new ArrayList<>();
        for (int i : window(shown.size(), at)) {
            if (i < 0) {
                windowed.add(RankingChart.Bar.gap());
                continue;
            }
            Ranked r = shown.get(i);
            // numbered with its place, as the table and the findings number it (equal coverage, equal place)
            windowed.add(new RankingChart.Bar(formats.integer(r.place()) + ". "
                    + Names.shortName(r.indicator().region()), r.indicator().coverage(), i == at));
        }
        return windowed;
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
}
