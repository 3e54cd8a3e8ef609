package id.cakupan.render.view;

import java.util.List;

import id.cakupan.indicators.RegionIndicator;
import id.cakupan.render.Formats;
import id.cakupan.render.Messages;
import id.cakupan.render.Names;

/**
 * How a region's figures are named when they are a sum over only some of its sub-regions (a
 * province from some of its regencies, the country from the one province in the data): always with
 * how much of the region they cover, so that a part is never passed off as the whole.
 */
final class PartialFigures {

    private final Messages messages;
    private final Formats formats;

    PartialFigures(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** "Provinsi Bengkulu", or "Indonesia (jumlah 1 dari 38 provinsi dalam data)" for a partial sum. */
    String name(RegionIndicator indicator) {
        String name = Names.display(indicator.region(), messages);
        return indicator.partial() ? messages.get("partial.name", name, extent(indicator)) : name;
    }

    /** The short name of a sub-region in a chart or a list, marked when its figures are a partial sum. */
    String shortName(RegionIndicator indicator) {
        String name = Names.shortName(indicator.region());
        return indicator.partial() ? messages.get("partial.shortName", name, extent(indicator)) : name;
    }

    /**
     * " Angka Bengkulu hanya jumlah 2 dari 10 kabupaten/kota." after a sentence naming sub-regions,
     * for those of them whose figures are partial sums; empty when none is.
     */
    String partOfTheirs(List<RegionIndicator> named) {
        List<String> parts = named.stream().filter(RegionIndicator::partial).distinct()
                .map(i -> messages.get("partial.item", Names.shortName(i.region()), extent(i))).toList();
        return parts.isEmpty() ? "" : " " + messages.get("partial.theirs", String.join(", ", parts));
    }

    /** A region's name in a chart or a table row: "Sulawesi Utara (sebagian)" for a partial sum. */
    String chartName(RegionIndicator indicator) {
        String name = Names.shortName(indicator.region());
        return indicator.partial() ? messages.get("partial.chartName", name) : name;
    }

    /** The sentence that heads a partial region's key figures, or null when they are the region's own. */
    String notice(RegionIndicator indicator) {
        return indicator.partial()
                ? messages.get("partial.notice", Names.display(indicator.region(), messages), extent(indicator))
                : null;
    }

    /** Why a comparison with a partial region is left out; null when the region's figures are whole. */
    String comparisonLeftOut(RegionIndicator parent) {
        if (!parent.partial()) {
            return null;
        }
        return parent.region().isCountry() ? messages.get("partial.noNational", extent(parent))
                : messages.get("partial.noComparison", Names.display(parent.region(), messages), extent(parent));
    }

    /** "1 dari 38 provinsi", "5 dari 15 kabupaten/kota". */
    String extent(RegionIndicator indicator) {
        String word = messages.get(indicator.region().isCountry() ? "partial.provinces" : "partial.regencies");
        return messages.get("partial.extent", formats.integer(indicator.subregionsInData()),
                formats.integer(indicator.subregions()), word);
    }

    /** Whether a region's figures in the month may be drawn or compared as the region's own. */
    static boolean whole(RegionIndicator indicator) {
        return indicator != null && !indicator.partial();
    }
}
