package id.cakupan.render.view;

/**
 * What a province's meeting needs to decide who pays and where help is needed: how the premium need
 * of its vulnerable workers is shared between the province and its regencies/cities, and which of
 * them must add the most participants a month compared with how fast they are growing.
 *
 * @param sharing    a row per government (the province first, then its regencies/cities): need, share
 *                   percent, share, allocation and gap in rupiah, and share, allocation and gap in
 *                   worker-years; null when the province has no sharing rows or no share is set
 * @param scheme     the line stating the sharing scheme and how the need is found, under the table;
 *                   null without a table
 * @param effort     a row per regency/city still short of this year's target, the greatest effort first:
 *                   region, shortfall, pace a month, participants needed a month, the need as a
 *                   multiple of the pace; null when none is short or no month is left
 * @param effortNote the line stating what the pace is and who is left out; null without an effort table
 */
public record SharingView(Table sharing, String scheme, Table effort, String effortNote) {

    /** A region that shows neither table: every region but a province. */
    static final SharingView NONE = new SharingView(null, null, null, null);
}
