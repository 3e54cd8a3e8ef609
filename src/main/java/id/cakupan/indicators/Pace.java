package id.cakupan.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * How fast a region's active participants grew: the change over a span of months before the month
 * it is measured in (12, or the longest span of 3 to 11 months the data has when the month a year
 * earlier is missing).
 *
 * @param change active participants in the month minus those {@code months} earlier
 * @param months the span, from 3 to 12
 */
public record Pace(long change, int months) {

    /** The span used when the data has the month a year earlier. */
    public static final int FULL_SPAN = 12;
    /** The shortest span a pace is measured over. */
    public static final int SHORTEST_SPAN = 3;
    /** The last month a target month may be: months are written {@code YYYY-MM}. */
    static final YearMonth LAST = YearMonth.of(9999, 12);

    public Pace {
        if (months < SHORTEST_SPAN || months > FULL_SPAN) {
            throw new IllegalArgumentException("span of " + months + " months");
        }
    }

    /** Participants a month, rounded half away from zero: {@code laju_peserta_bulanan}. */
    public long perMonth() {
        return BigDecimal.valueOf(change).divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Whether participants grew over the span. */
    public boolean rising() {
        return change > 0;
    }

    /**
     * The first month from {@code month} on in which {@code active} plus the unrounded pace for each
     * month after it reaches {@code needed} (target × potential, exact); null when the pace is not rising
     * and the figure is not reached already, or would be reached only after the year 9999.
     */
    YearMonth reaches(YearMonth month, long active, BigDecimal needed) {
        BigDecimal shortBy = needed.subtract(BigDecimal.valueOf(active));
        if (shortBy.signum() <= 0) {
            return month;
        }
        if (!rising()) {
            return null;
        }
        BigDecimal steps = shortBy.multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(change), 0, RoundingMode.CEILING);
        // a month is written YYYY-MM: a pace so slow that it reaches the target after 9999 never does
        long left = month.until(LAST, ChronoUnit.MONTHS);
        return steps.compareTo(BigDecimal.valueOf(left)) > 0 ? null : month.plusMonths(steps.longValueExact());
    }

    /**
     * Coverage in percent, two decimals, {@code steps} months after a month with {@code active}
     * participants, at this pace and with the potential held.
     */
    BigDecimal coverageAfter(long steps, long active, long potential) {
        BigDecimal projected = BigDecimal.valueOf(active).add(BigDecimal.valueOf(change)
                .multiply(BigDecimal.valueOf(steps)).divide(BigDecimal.valueOf(months), MathContext.DECIMAL128));
        BigDecimal percent = projected.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(potential), Percent.SCALE, RoundingMode.HALF_UP);
        return percent;
    }

    /** {@code need} a month as a multiple of this pace, one decimal; null when the pace is not rising. */
    BigDecimal times(long need) {
        if (!rising()) {
            return null;
        }
        return BigDecimal.valueOf(need).multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(change), 1, RoundingMode.HALF_UP);
    }
}
