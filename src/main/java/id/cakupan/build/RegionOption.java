package id.cakupan.build;

import java.time.YearMonth;

import id.cakupan.indicators.Indicators;
import id.cakupan.load.RegionCodes;
import id.cakupan.model.RegionCatalog;

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
        RegionCatalog regions = indicators.data().dataset().regions();
        if (regions.find(code).isEmpty()) {
            String problem = RegionCodes.isWellFormed(code) ? "not a code in the Kemendagri region list"
                    : "not a region code" + RegionCodes.didYouMean(code, regions)
                            .map(likely -> "; did you mean " + likely + "?")
                            .orElse(" (expected " + RegionCodes.EXPECTED + ")");
            throw new UsageException("--region " + code + ": " + problem);
        }
        if (indicators.get(code, period).isEmpty()) {
            throw new UsageException("--region " + code + ": the data has no figures for that region in " + period);
        }
    }
}
