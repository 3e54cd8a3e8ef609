package id.cakupan.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import id.cakupan.model.DataWarning;
import id.cakupan.model.Region;
import id.cakupan.model.RegulationStatus;

/**
 * The findings a briefing states first for a region and month, as data: the PDF and the dashboard
 * turn them into sentences in the reader's language. Parts that do not apply are null or empty.
 *
 * @param highest          the sub-region (regency/city of a province, province of the country) with the highest coverage
 * @param lowest           the sub-region with the lowest coverage
 * @param allEqual         when the sub-regions (of a regency: the regency and its siblings) all have
 *                         the same coverage: that coverage; highest and lowest are then null
 * @param parent           the region one level up, for comparison (province of a regency, country of a province)
 * @param yearlyChange     coverage change against the same month a year earlier, split into its causes
 * @param gap              what is still needed to reach this year's and next year's target
 * @param vulnerable       vulnerable workers protected and the cost of protecting the rest
 * @param withoutRegulation the region and sub-regions with no enacted regulation, with their status
 * @param regulationRegions how many regions that count covers (the region and its sub-regions in the data)
 * @param warnings         data-quality warnings of the region and its sub-regions in the month
 */
public record KeyFindings(Region region, YearMonth period, RegionIndicator indicator, RankedRegion highest,
                          RankedRegion lowest, AllEqual allEqual, RegionIndicator parent, CoverageChange yearlyChange, TargetGap gap,
                          VulnerableGap vulnerable, List<RegulationGap> withoutRegulation, int regulationRegions,
                          List<DataWarning> warnings) {

    /** A sub-region and its coverage. */
    public record RankedRegion(RegionIndicator indicator) {

        public Region region() {
            return indicator.region();
        }

        public BigDecimal coverage() {
            return indicator.coverage();
        }
    }

    /**
     * Two or more regions with the same coverage: the sub-regions of {@code among} in the data.
     *
     * @param count how many regions, all with a coverage
     */
    public record AllEqual(Region among, int count, BigDecimal coverage) {
    }

    /**
     * Coverage change in points against an earlier month, split (symmetrically, so that the two
     * parts add up to the total) into the effect of more participants and of a changed potential.
     */
    public record CoverageChange(YearMonth previousPeriod, BigDecimal previousCoverage, BigDecimal coverage,
                                 BigDecimal totalPoints, BigDecimal participantsEffectPoints,
                                 BigDecimal potentialEffectPoints, long activeChange, long potentialChange) {
    }

    /** Workers and yearly premiums still needed to reach the targets. */
    public record TargetGap(BigDecimal target, BigDecimal gapPoints, long workersNeeded, long yearlyCostRp,
                            BigDecimal nextTarget, Long nextWorkersNeeded, Long nextYearlyCostRp) {
    }

    /** Vulnerable workers protected against the total, and the yearly premium for the unprotected. */
    public record VulnerableGap(long vulnerable, long protectedWorkers, BigDecimal coverage, long unprotected,
                                long unprotectedYearlyCostRp) {
    }

    /** A region without an enacted regulation, and how far its regulation has come. */
    public record RegulationGap(Region region, RegulationStatus status) {
    }
}
