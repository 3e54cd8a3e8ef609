package id.cakupan.indicators;

import java.time.YearMonth;

import id.cakupan.model.Category;
import id.cakupan.model.CategoryGroup;
import id.cakupan.model.Funder;
import id.cakupan.model.Region;

/**
 * One row of {@code indikator_rentan.csv}: vulnerable workers of a category protected by a funder
 * in a region and month, with the premium a full year costs and, where the data says how many
 * months were paid, the premium paid in the period's budget year.
 *
 * @param partial whether the region's figures are a sum over only some of its sub-regions
 */
public record VulnerableIndicator(Region region, YearMonth period, CategoryGroup group, Category category,
                                  Funder funder, long protectedWorkers, long yearlyCostRp, Long fundedCostRp,
                                  boolean partial) {
}
