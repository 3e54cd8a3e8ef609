package id.cakupan.render.view;

import java.util.List;

import id.cakupan.model.Region;

/**
 * One region in one language, every figure already text: what its briefing, one-pager and web page
 * show. Built once by {@link RegionViews}; the outputs lay it out and never format or compute.
 *
 * @param name           the region's name ("Provinsi Bengkulu")
 * @param fullName       the name with the extent of a partial sum ("Indonesia (jumlah 1 dari 38 provinsi dalam data)")
 * @param partialNotice  the sentence heading the key figures of a partial sum, or null
 * @param month          the reporting month ("November 2025")
 * @param coverage       the coverage in the reporting month, or empty when there is none
 * @param office         the issuing office
 * @param findings       the key findings, most important first
 * @param fittedFindings the findings without what a one-pager's own sections state below them
 * @param ranking        the ranking the region's reports show
 * @param regencyMap     a province's regencies/cities on a map from the user's boundary file, or null
 *                       (another level, or no boundary file)
 * @param budgets        the budgets paid by the region and its sub-regions, up to the reporting year
 * @param nearBudgets    the budgets of the reporting year of the region itself and of its direct
 *                       sub-regions (a slide's)
 * @param budgetLine     the region's last budget in a line, for a one-pager
 * @param regulations    the regulation status of the region and its sub-regions
 * @param regulationLine the region's own regulation in a line, for a one-pager
 * @param children       the sub-regions in the data, by name, each naming its region
 * @param warnings       the data-quality warnings about the region in the reporting month
 * @param notes          the data notes: as-of date, fingerprint, premium, sources
 * @param credit         the attribution of the region names
 * @param documentDate   the date the documents carry
 * @param fingerprint    the fingerprint of the input files
 * @param standing       coverage, target and the national figure (or the year's change), as cards for a slide
 * @param needs          the workers still needed, their yearly premium and next year's addition, as cards
 *                       for a slide; empty without a target
 * @param share          the region's card to share as a picture
 * @param sharing        a province's budget sharing and the effort its regencies/cities need; both
 *                       tables null for other regions
 */
public record RegionView(Region region, String name, String fullName, String partialNotice, String month,
                         String coverage, String office, List<Card> cards, List<String> findings,
                         List<String> fittedFindings, RankingView ranking, RegencyMapView regencyMap, TrendView trend,
                         VulnerableView vulnerable,
                         Table budgets, Table nearBudgets, String budgetLine, Table regulations, String regulationLine,
                         List<Cell> children, List<String> warnings, List<String> notes, String credit,
                         String documentDate,
                         String fingerprint, List<Card> standing, List<Card> needs, ShareCard share,
                         SharingView sharing) {

    /** One key figure: what it is, the figure, and the line that puts it in context. */
    public record Card(String label, String value, String note) {
    }

    public RegionView {
        cards = List.copyOf(cards);
        findings = List.copyOf(findings);
        fittedFindings = List.copyOf(fittedFindings);
        children = List.copyOf(children);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        standing = List.copyOf(standing);
        needs = List.copyOf(needs);
    }
}
