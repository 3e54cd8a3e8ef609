package id.cakupan.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import id.cakupan.model.Funder;
import id.cakupan.model.Region;

/**
 * One row of {@code anggaran.csv}: what a paying government needs, allocated and spent for
 * vulnerable-worker premiums in a year, summed over its funding sources.
 *
 * @param referencePeriod        the month whose vulnerable-worker counts are used: the latest of the year in the data
 * @param unprotected            the payer's vulnerable workers not protected in that month (null when unknown)
 * @param unprotectedYearlyCostRp premium for protecting all of them for a year
 * @param workerYears            how many workers the allocation protects for a whole year
 * @param fundedPercent          allocation as a share of the need
 * @param spentPercent           spending as a share of the allocation
 */
public record BudgetIndicator(Region payer, int year, List<Funder> funders, long needRp, long allocatedRp,
                              Long spentRp, BigDecimal fundedPercent, BigDecimal spentPercent, long workerYears,
                              YearMonth referencePeriod, Long unprotected, Long unprotectedYearlyCostRp) {
}
