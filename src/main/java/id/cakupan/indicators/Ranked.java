package id.cakupan.indicators;

/**
 * A sub-region in its parent's ranking for the reporting month.
 *
 * @param place its rank by coverage among its siblings with a coverage (1 = highest; ties share a
 *              place and the next is skipped); null when it has no coverage. For a regency/city it is
 *              the {@code peringkat_provinsi} of the tables; for a province, its place among the
 *              provinces in the data.
 */
public record Ranked(RegionIndicator indicator, Integer place) {
}
