package id.cakupan.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.Region;
import id.cakupan.model.RegionCatalog;
import id.cakupan.render.Names;

/**
 * Which pages the site has and where they are: the overview ({@code index.html}) is the country
 * when the data hold several provinces, otherwise the province; then a page per province (under a
 * national overview) and per regency/city.
 */
final class SitePlan {

    private final Region overview;
    private final Map<String, String> files = new LinkedHashMap<>();

    SitePlan(Indicators indicators) {
        List<Region> regions = indicators.regions().stream().filter(r -> r.period().equals(indicators.period()))
                .map(RegionIndicator::region).toList();
        List<Region> provinces = regions.stream().filter(Region::isProvince).toList();
        this.overview = provinces.size() == 1 ? provinces.get(0)
                : indicators.catalog().country();
        files.put(overview.code(), "index.html");
        for (Region region : regions) {
            boolean page = region.isRegency() || region.isProvince() && overview.isCountry();
            if (page) {
                files.put(region.code(), Names.fileStem(region) + ".html");
            }
        }
    }

    Region overview() {
        return overview;
    }

    /** The regions that have a page, the overview first. */
    List<String> pages() {
        return new ArrayList<>(files.keySet());
    }

    /** The page of a region, or null when it has none. */
    String file(Region region) {
        return files.get(region.code());
    }

    /** The region and the regions above it that have pages, from the overview down. */
    List<Region> trail(Region region, RegionCatalog catalog) {
        List<Region> trail = new ArrayList<>();
        for (Region r = region; r != null; r = r.parentCode() == null ? null : catalog.get(r.parentCode())) {
            if (files.containsKey(r.code())) {
                trail.add(0, r);
            }
            if (r.equals(overview)) {
                break;
            }
        }
        return trail;
    }
}
