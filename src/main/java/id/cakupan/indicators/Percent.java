package id.cakupan.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place where percentages and points are computed: two decimals, rounded half-up. */
public final class Percent {

    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** 100 × part / whole, or null when the whole is 0. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    /** a − b, or null when either is missing. */
    public static BigDecimal difference(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Workers still needed to reach a target: max(0, ceil(target/100 × potential − active)); null
     * when there is no target, or no potential (coverage is then unknown, and no target reached).
     */
    public static Long shortfall(BigDecimal targetPercent, long potential, long active) {
        if (targetPercent == null || potential == 0) {
            return null;
        }
        BigDecimal needed = targetPercent.multiply(BigDecimal.valueOf(potential)).divide(HUNDRED)
                .subtract(BigDecimal.valueOf(active)).setScale(0, RoundingMode.CEILING);
        return Math.max(0, needed.longValueExact());
    }

    public static BigDecimal round(BigDecimal exact) {
        return exact.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
