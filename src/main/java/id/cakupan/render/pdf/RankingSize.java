package id.cakupan.render.pdf;

/**
 * How tall a briefing's ranking chart is, decided here and nowhere else: the template's image takes
 * the height it is given ({@code scaleImage="RealHeight"}). The height grows in three steps rather
 * than bar by bar, so that a province's ranking shares its page with the findings and the country's
 * 38 provinces fill a page; within it the chart is drawn no taller than its bars need, so a ranking
 * of a few regions keeps thick bars.
 */
public final class RankingSize {

    private RankingSize() {
    }

    /** The height of the ranking's image, in points: 250 up to 14 bars, 430 up to 26, 620 beyond. */
    public static int height(int bars) {
        return bars <= 14 ? 250 : bars <= 26 ? 430 : 620;
    }

    /** The height a chart of this many bars needs, in points; it is drawn no taller (one-pagers too). */
    public static double needed(int bars) {
        return 60 + 24.0 * bars;
    }
}
