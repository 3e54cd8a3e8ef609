package id.cakupan.render;

import java.util.List;

import id.cakupan.indicators.Indicators;
import id.cakupan.indicators.RegionIndicator;
import id.cakupan.model.Region;

/**
 * The regions a build writes documents for (briefings, slide decks, share cards), in the order of the
 * indicators: every province, every regency/city, and the country when the data hold several
 * provinces or only national rows (with one province, its briefing is the summary).
 */
public final class DocumentRegions {

    private DocumentRegions() {
    }

    /** Every region with a document in the reporting month. */
    public static List<Region> of(Indicators indicators) {
        List<Region> regions = indicators.regions().stream().filter(r -> r.period().equals(indicators.period()))
                .map(RegionIndicator::region).toList();
        long provinces = regions.stream().filter(Region::isProvince).count();
        return regions.stream().filter(r -> r.isCountry() && provinces != 1 || r.isProvince() || r.isRegency())
                .toList();
    }

    /** The regions with a summary: a province briefing, a deck (the country's and the provinces'). */
    public static List<Region> summaries(Indicators indicators) {
        return of(indicators).stream().filter(r -> !r.isRegency()).toList();
    }
}
