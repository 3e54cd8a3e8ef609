package id.cakupan.render.view;

import java.math.BigDecimal;
import java.util.List;

/** The classes of coverage every map is coloured by, the national one and the provinces' regency maps. */
public final class CoverageBands {

    /** A class of the legend: coverage from {@code lower} (inclusive) and its colour. */
    public record Band(BigDecimal lower, String colour) {
    }

    /** Sequential blues (ColorBrewer), readable by colour-blind readers; light to dark. */
    public static final List<Band> BANDS = List.of(new Band(BigDecimal.ZERO, "#c6dbef"),
            new Band(BigDecimal.valueOf(20), "#9ecae1"), new Band(BigDecimal.valueOf(30), "#6baed6"),
            new Band(BigDecimal.valueOf(40), "#3182bd"), new Band(BigDecimal.valueOf(50), "#08519c"));
    /** The colour of an area without a coverage. */
    public static final String NO_DATA = "#d9d9d9";

    private CoverageBands() {
    }

    /** The band a coverage falls in, or -1 for none (null). */
    public static int index(BigDecimal coverage) {
        if (coverage == null) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < BANDS.size(); i++) {
            if (coverage.compareTo(BANDS.get(i).lower()) >= 0) {
                index = i;
            }
        }
        return index;
    }

    public static String colour(BigDecimal coverage) {
        int index = index(coverage);
        return index < 0 ? NO_DATA : BANDS.get(index).colour();
    }

    /** The colour of text written on an area of that coverage: white on the two darkest bands. */
    public static String ink(BigDecimal coverage) {
        return index(coverage) >= BANDS.size() - 2 ? "#ffffff" : "#1f2933";
    }

    /** The upper bound of a band (exclusive), or null for the top one. */
    static BigDecimal upper(int index) {
        return index + 1 < BANDS.size() ? BANDS.get(index + 1).lower() : null;
    }
}
