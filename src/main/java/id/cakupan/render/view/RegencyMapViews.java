package id.cakupan.render.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.Ranked;
import id.cakupan.indicators.RegencyMap;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.Region;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;

/** Builds the {@link RegencyMapView} of a province that has outlines for its regencies/cities. */
final class RegencyMapViews {

    private final Indicators indicators;
    private final Messages messages;
    private final Formats formats;
    private final RegionViews views;

    RegencyMapViews(Indicators indicators, Messages messages, Formats formats, RegionViews views) {
        this.indicators = indicators;
        this.messages = messages;
        this.formats = formats;
        this.views = views;
    }

    /** Null for a region that is not a province, or a province without outlines. */
    RegencyMapView map(Region province) {
        RegencyMap map = province.isRegency() || province.isCountry() ? null : indicators.regencyMap(province);
        if (map == null) {
            return null;
        }
        List<Ranked> ranked = indicators.ranking(province);
        Map<String, RegionIndicator> figures = ranked.stream()
                .collect(Collectors.toMap(r -> r.indicator().region().code(), Ranked::indicator));
        Set<String> outlined = new HashSet<>();
        List<RegencyMapView.Area> areas = new ArrayList<>();
        for (RegencyMap.Area area : map.areas()) {
            outlined.add(area.code());
            RegionIndicator indicator = figures.get(area.code());
            BigDecimal coverage = indicator == null ? null : indicator.coverage();
            areas.add(new RegencyMapView.Area(area.code(), area.path(), CoverageBands.colour(coverage),
                    CoverageBands.ink(coverage), Names.shortName(indicators.catalog().get(area.code())),
                    views.areaLabel(List.of(area.code()), coverage), indicator == null ? null : indicator.region(),
                    area.labelX(), area.labelY(), area.room(), area.height()));
        }
        List<RegencyMapView.LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < CoverageBands.BANDS.size(); i++) {
            legend.add(new RegencyMapView.LegendItem(CoverageBands.BANDS.get(i).colour(), band(i)));
        }
        legend.add(new RegencyMapView.LegendItem(CoverageBands.NO_DATA, messages.get("site.map.none")));

        String name = Names.display(province, messages);
        String dash = messages.get("card.dash");
        Table.Builder table = new Table.Builder(messages.get("map.regencies.figures", name), messages.get("table.empty"))
                .column("region", messages.get("table.region"), false)
                .column("coverage", messages.get("table.coverage"), true)
                .column("band", messages.get("map.regencies.band"), false);
        Function<Integer, String> bandOf = i -> i < 0 ? messages.get("site.map.none") : band(i);
        int withoutOutline = 0;
        for (Ranked r : ranked) {
            RegionIndicator i = r.indicator();
            boolean drawn = outlined.contains(i.region().code());
            withoutOutline += drawn ? 0 : 1;
            table.row(false, Cell.naming(views.shortName(i.region().code()), i.region()),
                    Cell.figure(formats.percent(i.coverage()), i.coverage(), dash),
                    Cell.of(drawn ? bandOf.apply(CoverageBands.index(i.coverage()))
                            : messages.get("map.regencies.noOutline")));
        }
        for (RegencyMapView.Area area : areas) {
            if (area.region() == null) {
                table.row(false, Cell.of(views.shortName(area.code())), Cell.figure("", null, dash),
                        Cell.of(messages.get("site.map.none")));
            }
        }
        String description = messages.get("map.regencies.desc", name, views.month())
                + (withoutOutline == 0 ? "" : " " + messages.get("map.regencies.missing", formats.integer(withoutOutline)));
        return new RegencyMapView(messages.get("map.regencies.title", name, views.month()), description,
                map.width(), map.height(), areas, legend, table.build(), messages.get("map.regencies.caption"));
    }

    private String band(int index) {
        return views.band(CoverageBands.BANDS.get(index).lower(), CoverageBands.upper(index));
    }
}
