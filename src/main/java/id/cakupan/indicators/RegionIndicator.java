package id.cakupan.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;

import id.cakupan.model.Region;
import id.cakupan.model.RegionMonthTotals;

/**
 * One row of {@code indikator_wilayah.csv}: a region's coverage in a month. Percentages have two
 * decimals (half-up); nullable fields are empty where the contract says so.
 *
 * @param target            the target of the period's year, the region's own or else its province's
 * @param gapPoints         coverage − target, negative when behind
 * @param workersNeeded     workers still needed to reach this year's target
 * @param nextTarget        next year's target, with the same fallback
 * @param nextWorkersNeeded workers still needed for next year's target at today's potential
 * @param rank              rank among the regencies/cities of the province (1 = highest); null above
 * @param vulnerableProtected protected vulnerable workers; null where they would be a sum over only some
 *                          sub-regions of a region that gives its own rows
 * @param subregionsInData  how many of the region's sub-regions the data has in the month (0 for a regency/city)
 * @param subregions        how many sub-regions the region has (0 for a regency/city)
 * @param partial           whether the figures are a sum over only some sub-regions, covering part of
 *                          the region: they must never be shown as the region's own
 * @param pace              how fast active participants grew up to this month; null with less than 3
 *                          comparable months before it
 * @param targetReached     the first month in which this year's target (at this month's potential) is
 *                          reached at that pace: this month when it is already; null when there is no
 *                          target, or the pace is unknown, flat or falling and the target not reached
 * @param monthlyNeed       participants a month still needed to reach this year's target by December;
 *                          null in December or when none are short
 * @param effort            the monthly need as a multiple of the pace, one decimal; null when either is
 *                          unknown or the pace is not rising
 * @param projection        where the straight-line projection from this month ends; null without one
 */
public record RegionIndicator(
        Region region,
        YearMonth period,
        long potential,
        Long employed,
        long participantsPu,
        long participantsBpu,
        long participantsJakon,
        long participantsPmi,
        long active,
        BigDecimal coverage,
        BigDecimal target,
        String targetSource,
        BigDecimal gapPoints,
        Long workersNeeded,
        BigDecimal nextTarget,
        Long nextWorkersNeeded,
        Integer rank,
        Integer rankedCount,
        BigDecimal monthlyChange,
        BigDecimal yearlyChange,
        Long vulnerable,
        Long vulnerableProtected,
        BigDecimal vulnerableCoverage,
        int subregionsInData,
        int subregions,
        boolean partial,
        Pace pace,
        YearMonth targetReached,
        Long monthlyNeed,
        BigDecimal effort,
        ProjectionEnd projection) {

    /**
     * The end of the line that continues the coverage at the pace, with the potential held: the month
     * the target is reached, or December of next year when that is sooner or the target is not reached.
     */
    public record ProjectionEnd(YearMonth month, BigDecimal coverage) {
    }

    /** Whether a change between this month and the other's, or a line through both, means something. */
    public boolean comparableWith(RegionIndicator other) {
        return RegionMonthTotals.comparable(partial, subregionsInData, other.partial,
                other.subregionsInData);
    }

    /** Vulnerable workers not yet protected, or null when the region's vulnerable count is unknown. */
    public Long vulnerableUnprotected() {
        return vulnerable == null || vulnerableProtected == null ? null : Math.max(0, vulnerable - vulnerableProtected);
    }
}
