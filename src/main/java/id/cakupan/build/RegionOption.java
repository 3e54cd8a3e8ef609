package id.cakupan.build;

import java.time.YearMonth;

import id.cakupan.indicators.Indicators;
import id.cakupan.load.RegionCodes;
import id.cakupan.model.RegionCatalog;
import id.cakupan.text.Text;

/**
 * Checks {@code --region}: a code that is not a region is a usage error that says so (with the
 * code it most likely means, for {@code 6371} or {@code 63.1}); a real region without figures in
 * the data is one that says that instead.
 */
final class RegionOption {

    private RegionOption() {
    }

    /** Does nothing when no region was asked for. */
    static void check(String code, Indicators indicators, YearMonth period) throws UsageException {
        if (code == null) {
            return;
        }
        RegionCatalog regions = indicators.catalog();
        if (regions.find(code).isEmpty()) {
            throw new UsageException(RegionCodes.isWellFormed(code) ? Text.of("build.region.unknown", code)
                    : RegionCodes.didYouMean(code, regions)
                            .map(likely -> Text.of("build.region.didYouMean", code, likely))
                            .orElse(Text.of("build.region.malformed", code)));
        }
        if (indicators.get(code, period).isEmpty()) {
            throw new UsageException(Text.of("build.region.noFigures", code, period));
        }
    }
}
