package id.cakupan.render.view;

import id.cakupan.indicators.RegionIndicator;

/**
 * How the documents speak of a projection: a straight line drawn over decades says nothing a meeting
 * can use, so a target month more than {@link #HORIZON_YEARS} years away is stated as "not within"
 * them (the table keeps the month).
 */
final class Projections {

    /** The farthest a target month is named in words. */
    static final int HORIZON_YEARS = 10;

    private static final int NOVEMBER = 11;

    private Projections() {
    }

    /** Whether the month the pace reaches the target is more than {@link #HORIZON_YEARS} years away. */
    static boolean beyondHorizon(RegionIndicator i) {
        return i.targetReached() != null
                && i.targetReached().isAfter(i.period().plusYears(HORIZON_YEARS));
    }

    /** Whether the month is November, the last with a month left before December: "in a month", not "a month". */
    static boolean lastMonth(RegionIndicator i) {
        return i.period().getMonthValue() == NOVEMBER;
    }
}
